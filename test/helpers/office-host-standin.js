// A local stand-in for Microsoft's hosted office.js, served in its place by the browser tests
// (page.route on the CDN URL) so the production taskpane.html is tested unchanged.
// It implements the Office.js surface the add-in uses, for an Outlook read-mode message, and
// checks that the add-in calls it the documented way (wrong arguments answer with a failure).
//
// The test chooses the message with page.addInitScript: window.__onusTestMessage = {
//   itemId, conversationId, internetMessageId, subject, from: {displayName, emailAddress}, to, cc,
//   dateTimeCreated (ISO), body, itemType ('message'), compose (bool),
//   user: {displayName, emailAddress, timeZone}, bodyBackgroundColor }
// window.__onusStandin.switchItem(message) fires ItemChanged as a pinned pane would see it.
(function () {
  'use strict';
  var AsyncResultStatus = { Succeeded: 'succeeded', Failed: 'failed' };
  var CoercionType = { Text: 'text', Html: 'html' };
  var EventType = { ItemChanged: 'olkItemSelectedChanged' };
  var HostType = { Outlook: 'Outlook', Word: 'Word', Excel: 'Excel' };
  var PlatformType = { OfficeOnline: 'OfficeOnline', PC: 'PC', Mac: 'Mac' };
  var calls = [];

  function result(value, error) {
    return error
      ? { status: AsyncResultStatus.Failed, value: undefined, error: { code: 9000, name: 'StandinError', message: error }, asyncContext: undefined }
      : { status: AsyncResultStatus.Succeeded, value: value, error: undefined, asyncContext: undefined };
  }
  // Office APIs take (args..., [options], callback) and call back asynchronously.
  function later(callback, value, error) {
    if (typeof callback !== 'function') throw new Error('Office.js stand-in: a callback is required');
    setTimeout(function () { callback(result(value, error)); }, 0);
  }
  function lastFunction(args) {
    for (var i = args.length - 1; i >= 0; i--) if (typeof args[i] === 'function') return args[i];
    return undefined;
  }
  function address(a) {
    return a ? { displayName: a.displayName || '', emailAddress: a.emailAddress, recipientType: 'user' } : null;
  }

  function makeItem(msg) {
    if (!msg) return null;
    var body = {
      getAsync: function (coercionType) {
        calls.push('body.getAsync:' + coercionType);
        var cb = lastFunction(arguments);
        if (coercionType !== CoercionType.Text && coercionType !== CoercionType.Html) later(cb, undefined, 'Invalid coercion type');
        else later(cb, msg.body == null ? '' : String(msg.body));
      },
    };
    if (msg.compose) {
      return {
        itemType: 'message', body: body,
        subject: { getAsync: function () { later(lastFunction(arguments), msg.subject || ''); }, setAsync: function () {} },
      };
    }
    return {
      itemType: msg.itemType || 'message',
      itemId: msg.itemId,
      conversationId: msg.conversationId,
      internetMessageId: msg.internetMessageId,
      subject: msg.subject,
      from: address(msg.from),
      sender: address(msg.from),
      to: (msg.to || []).map(address),
      cc: (msg.cc || []).map(address),
      dateTimeCreated: new Date(msg.dateTimeCreated),
      dateTimeModified: new Date(msg.dateTimeCreated),
      body: body,
    };
  }

  var handlers = {};
  var message = window.__onusTestMessage || null;
  var user = (message && message.user) || { displayName: 'Test User', emailAddress: 'test.user@example.com', timeZone: 'UTC' };
  var mailbox = {
    item: makeItem(message),
    userProfile: { displayName: user.displayName, emailAddress: user.emailAddress, timeZone: user.timeZone, accountType: 'enterprise' },
    diagnostics: { hostName: 'OutlookWebApp', hostVersion: '16.0' },
    addHandlerAsync: function (eventType, handler) {
      calls.push('addHandlerAsync:' + eventType);
      var cb = arguments.length > 2 ? lastFunction(Array.prototype.slice.call(arguments, 2)) : undefined;
      if (eventType !== EventType.ItemChanged) { if (cb) later(cb, undefined, 'Unsupported event'); return; }
      handlers[eventType] = handler;
      if (cb) later(cb, undefined);
    },
    removeHandlerAsync: function (eventType) {
      delete handlers[eventType];
      var cb = arguments.length > 1 ? lastFunction(Array.prototype.slice.call(arguments, 1)) : undefined;
      if (cb) later(cb, undefined);
    },
  };
  var info = { host: HostType.Outlook, platform: PlatformType.OfficeOnline };

  window.Office = {
    AsyncResultStatus: AsyncResultStatus,
    CoercionType: CoercionType,
    EventType: EventType,
    HostType: HostType,
    PlatformType: PlatformType,
    MailboxEnums: { ItemType: { Message: 'message', Appointment: 'appointment' } },
    context: {
      mailbox: mailbox,
      officeTheme: { bodyBackgroundColor: (message && message.bodyBackgroundColor) || '#ffffff', bodyForegroundColor: '#000000' },
      requirements: {
        isSetSupported: function (name, version) {
          return name === 'Mailbox' && (version === undefined || parseFloat(version) <= 1.8);
        },
      },
      displayLanguage: 'en-US',
    },
    onReady: function (callback) {
      return new Promise(function (resolve) {
        setTimeout(function () {
          if (typeof callback === 'function') callback(info);
          resolve(info);
        }, 0);
      });
    },
  };

  window.__onusStandin = {
    calls: calls,
    switchItem: function (next) {
      mailbox.item = makeItem(next);
      var handler = handlers[EventType.ItemChanged];
      if (handler) handler({ type: EventType.ItemChanged });
    },
  };
})();
