// Out-of-office answers. They arrive in the same conversation a minute after the ask and look like a
// reply, but carry Auto-Submitted: auto-replied, so an ask answered only by one is still awaiting.
import { longDay } from './datefmt';
import { para, render } from './doc';
import type { IdFactory } from './ids';
import { toGraph, transitMs, type Person } from './message';
import type { Rng } from './rng';
import type { Cast } from './script';
import { addBusinessDays, localDateOf } from './time';
import type { GraphMessageSeed } from './types';

const OUTLOOK_TEXTS = [
  'Thank you for your message. I am out of the office until {back} with limited access to email. For anything urgent, please call our main line.',
  'I am away from the office and will return on {back}. I will respond to your email when I am back.',
];
const PERSONAL_TEXTS = [
  'Thanks for your email! I am traveling until {back} and checking messages only now and then. I will get back to you when I return.',
  'Hi, I am away with family until {back}. I will answer as soon as I can.',
];

function responderOf(ask: GraphMessageSeed, cast: Cast): Person {
  const address = ask.toRecipients[0]?.emailAddress.address;
  const match = [cast.client.person, cast.other?.person].find((p) => p?.address === address);
  if (!match) throw new Error(`auto-reply: ${address ?? '(none)'} is not in the cast`);
  return match;
}

export function autoReply(ask: GraphMessageSeed, cast: Cast, rng: Rng, ids: IdFactory): GraphMessageSeed {
  const from = responderOf(ask, cast);
  const sentMs = Date.parse(ask.receivedDateTime) + rng.int(20, 110) * 1000;
  const back = longDay(addBusinessDays(localDateOf(sentMs, from.timeZone), rng.int(4, 8)));
  const outlook = from.style === 'outlook';
  // Clients answer from personal accounts; the office wording belongs to people at work.
  const atWork = from !== cast.client.person;
  const text = rng.pick(atWork ? OUTLOOK_TEXTS : PERSONAL_TEXTS).replace('{back}', back);
  const asker = ask.from.emailAddress;
  return toGraph({
    from, to: [asker], subject: `${outlook ? 'Automatic reply' : 'Out of office'}: ${ask.subject}`,
    body: render([para(text), para(from.name)], from.style),
    sentMs, receivedMs: sentMs + transitMs(rng, false), conversationId: ask.conversationId,
    internetMessageId: ids.messageId(outlook ? 'exchange' : from.style === 'gmail' ? 'gmail' : 'generic', from.address.split('@')[1] ?? 'mail.example'),
    headers: [
      { name: 'Auto-Submitted', value: 'auto-replied' },
      { name: 'X-Auto-Response-Suppress', value: 'All' },
      { name: 'In-Reply-To', value: ask.internetMessageId },
      { name: 'References', value: ask.internetMessageId },
    ],
    messageClass: outlook ? 'IPM.Note.Rules.OofTemplate.Microsoft' : undefined,
  });
}
