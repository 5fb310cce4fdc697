// Reading mail through the real Graph client: paging, $select, $filter/$orderby, body type,
// extended properties, and the errors a client must handle (401, 403, 404, 400).
import { GraphError, PageIterator, type PageCollection } from '@microsoft/microsoft-graph-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANN, appToken, incoming, READER, startGraphHarness, type GraphHarness } from './harness';

let h: GraphHarness;
const VOICEMAIL = { id: 'String 0x001A', value: 'IPM.Note.Microsoft.Voicemail.UM.CA' };

beforeAll(async () => {
  h = await startGraphHarness();
  h.graph.seed(ANN.mail, 'inbox', Array.from({ length: 35 }, (_, i) => incoming({ minutesAgo: 100 + i, isRead: i % 2 === 0 })));
  h.graph.deliver(ANN.mail, 'inbox', incoming({
    minutesAgo: 5, subject: 'Voicemail from +1 215 555 0100', singleValueExtendedProperties: [VOICEMAIL],
    internetMessageHeaders: [{ name: 'X-CallingTelephoneNumber', value: '+12155550100' }], attachments: [{ name: 'audio.mp3', contentType: 'audio/mpeg', size: 80_000 }],
  }));
});
afterAll(async () => {
  await h.close();
});

async function errorOf(p: Promise<unknown>): Promise<GraphError> {
  const err = await p.then(() => null, (e: unknown) => e);
  if (!(err instanceof GraphError)) throw new Error(`expected a GraphError, got ${String(err)}`);
  return err;
}

describe('listing', () => {
  it('pages 36 messages with PageIterator, $select and $top, newest first', async () => {
    const client = h.client();
    const first = (await client.api(`/users/${ANN.mail}/mailFolders/inbox/messages`).select('subject,receivedDateTime').top(10).get()) as PageCollection;
    expect(first['@odata.nextLink']).toMatch(/%24skip=10/);
    expect(Object.keys(first.value[0] as object).sort()).toEqual(['@odata.etag', 'id', 'receivedDateTime', 'subject']);
    const seen: { receivedDateTime: string }[] = [];
    await new PageIterator(client, first, (m: { receivedDateTime: string }) => { seen.push(m); return true; }).iterate();
    expect(seen).toHaveLength(36);
    expect(seen.map((m) => m.receivedDateTime)).toEqual([...seen.map((m) => m.receivedDateTime)].sort().reverse());
    expect(h.graph.stats.count({ pathIncludes: '/mailFolders/inbox/messages' })).toBeGreaterThanOrEqual(4);
  });

  it('filters and orders like Exchange, and rejects an $orderby that does not lead the $filter', async () => {
    const client = h.client();
    const unread = await client.api(`/users/${ANN.id}/messages`).filter("isRead eq false and receivedDateTime ge 2024-05-01T10:00:00Z").top(100).get() as PageCollection;
    expect(unread.value.length).toBeGreaterThan(0);
    expect(unread.value.every((m: { isRead: boolean; receivedDateTime: string }) => !m.isRead && m.receivedDateTime >= '2024-05-01T10:00:00Z')).toBe(true);
    const ordered = await client.api(`/users/${ANN.id}/messages`).filter('receivedDateTime ge 2024-05-01T10:00:00Z').orderby('receivedDateTime asc').top(3).get() as PageCollection;
    expect(ordered.value.map((m: { receivedDateTime: string }) => m.receivedDateTime)).toEqual([...ordered.value.map((m: { receivedDateTime: string }) => m.receivedDateTime)].sort());
    const err = await errorOf(client.api(`/users/${ANN.id}/messages`).filter('isRead eq false').orderby('receivedDateTime desc').get());
    expect([err.statusCode, err.code]).toEqual([400, 'InefficientFilter']);
    const unknown = await errorOf(client.api(`/users/${ANN.id}/messages`).filter("colour eq 'red'").get());
    expect([unknown.statusCode, unknown.code]).toEqual([400, 'RequestBroker--ParseUri']);
    const quotedDate = await errorOf(client.api(`/users/${ANN.id}/messages`).filter("receivedDateTime ge '2024-05-01'").get());
    expect(quotedDate.statusCode).toBe(400);
  });

  it('finds voicemail by its message class and shows the property only when expanded', async () => {
    const client = h.client();
    const byClass = await client.api(`/users/${ANN.mail}/mailFolders/inbox/messages`)
      .filter("singleValueExtendedProperties/Any(ep: ep/id eq 'String 0x001A' and ep/value eq 'IPM.Note.Microsoft.Voicemail.UM.CA')")
      .expand("singleValueExtendedProperties($filter=id eq 'String 0x001A')").get() as PageCollection;
    expect(byClass.value).toHaveLength(1);
    const [vm] = byClass.value as { hasAttachments: boolean; singleValueExtendedProperties: unknown[]; internetMessageHeaders?: unknown }[];
    expect(vm?.hasAttachments).toBe(true);
    expect(vm?.singleValueExtendedProperties).toEqual([VOICEMAIL]);
    expect(vm?.internetMessageHeaders).toBeUndefined();
    const withHeaders = await client.api(`/users/${ANN.mail}/messages`).filter("startswith(subject,'Voicemail from')").select('internetMessageHeaders').get() as PageCollection;
    expect((withHeaders.value[0] as { internetMessageHeaders: { name: string }[] }).internetMessageHeaders.map((x) => x.name)).toContain('X-CallingTelephoneNumber');
  });
});

describe('one message', () => {
  it('returns HTML by default and text when preferred, with Preference-Applied', async () => {
    const [any] = h.graph.messages(ANN.mail, 'inbox');
    const html = await h.call(`/users/${ANN.mail}/messages/${any?.id}`);
    expect((html.body as { body: { contentType: string } }).body.contentType).toBe('html');
    expect(html.headers.get('content-type')).toMatch(/^application\/json; odata.metadata=minimal/);
    expect((html.body as Record<string, unknown>)['@odata.context']).toContain('/$metadata#users(');
    const text = await h.call(`/users/${ANN.mail}/messages/${any?.id}`, { headers: { prefer: 'outlook.body-content-type="text"' } });
    expect(text.headers.get('preference-applied')).toBe('outlook.body-content-type="text"');
    expect((text.body as { body: { content: string; contentType: string } }).body).toEqual({ contentType: 'text', content: expect.stringMatching(/^Hello & welcome/) as unknown });
  });

  it('PATCH marks read (Mail.ReadWrite); DELETE moves to Deleted Items, then 404 once gone', async () => {
    const message = h.graph.deliver(ANN.mail, 'inbox', incoming());
    const client = h.client();
    const patched = await client.api(`/users/${ANN.id}/messages/${message.id}`).patch({ isRead: true }) as { isRead: boolean; changeKey: string };
    expect(patched.isRead).toBe(true);
    expect(patched.changeKey).not.toBe(message.changeKey);
    await client.api(`/users/${ANN.id}/messages/${message.id}`).delete();
    expect(h.graph.messages(ANN.mail, 'deleteditems').map((m) => m.id)).toContain(message.id);
    await client.api(`/users/${ANN.id}/messages/${message.id}`).delete();
    const gone = await errorOf(client.api(`/users/${ANN.id}/messages/${message.id}`).get());
    expect([gone.statusCode, gone.code]).toEqual([404, 'ErrorItemNotFound']);
    // The client keeps the error object as JSON text and lifts request-id out of innerError.
    const error = JSON.parse(String(gone.body)) as { innerError: Record<string, string> };
    expect(Object.keys(error.innerError)).toEqual(expect.arrayContaining(['date', 'request-id', 'client-request-id']));
    expect(gone.requestId).toBe(error.innerError['request-id']);
  });

  it('answers a malformed id 400, an unknown user 404 and /me 400', async () => {
    expect((await h.call(`/users/${ANN.id}/messages/not-an-id`)).status).toBe(400);
    const nobody = await h.call('/users/nobody@lawfirm.example/messages');
    expect([nobody.status, (nobody.body as { error: { code: string } }).error.code]).toEqual([404, 'ResourceNotFound']);
    expect((await h.call('/me/messages')).body).toMatchObject({ error: { code: 'BadRequest', message: '/me request is only valid with delegated authentication flow.' } });
    expect(await h.call(`/users/${ANN.id}/mailFolders/inbox/messagez`)).toMatchObject({ status: 400, body: { error: { message: "Resource not found for the segment 'messagez'." } } });
  });
});

describe('tokens and permissions', () => {
  it('401 InvalidAuthenticationToken with WWW-Authenticate for a missing or forged token', async () => {
    const missing = await h.call(`/users/${ANN.id}/messages`, { headers: { authorization: '' } });
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toMatch(/^Bearer /);
    const forged = await errorOf(h.client(`${h.token.slice(0, -4)}AAAA`).api(`/users/${ANN.id}/messages`).get());
    expect([forged.statusCode, forged.code]).toEqual([401, 'InvalidAuthenticationToken']);
  });

  it('403 ErrorAccessDenied when the app lacks the permission the call needs', async () => {
    const reader = h.client(await appToken(h.idp, READER));
    expect(await reader.api(`/users/${ANN.id}/messages`).top(1).get()).toHaveProperty('value');
    const [m] = h.graph.messages(ANN.mail, 'inbox');
    const denied = await errorOf(reader.api(`/users/${ANN.id}/messages/${m?.id}`).patch({ isRead: true }));
    expect([denied.statusCode, denied.code, denied.message]).toEqual([403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.']);
    expect((await errorOf(reader.api(`/users/${ANN.id}/mailboxSettings`).get())).statusCode).toBe(403);
  });

  it('serves users and mailbox settings shaped like Graph', async () => {
    const client = h.client();
    expect(await client.api(`/users/${ANN.mail.toUpperCase()}`).get()).toMatchObject({ id: ANN.id, mail: ANN.mail, userPrincipalName: ANN.mail });
    const settings = await client.api(`/users/${ANN.id}/mailboxSettings`).get() as { timeZone: string; workingHours: { daysOfWeek: string[] } };
    expect(settings.timeZone).toBe('America/New_York');
    expect(settings.workingHours.daysOfWeek).toContain('monday');
    expect(await client.api(`/users/${ANN.id}/mailboxSettings/timeZone`).get()).toMatchObject({ value: 'America/New_York' });
    const inbox = await client.api(`/users/${ANN.id}/mailFolders('Inbox')`).get() as { displayName: string; totalItemCount: number };
    expect(inbox.displayName).toBe('Inbox');
    expect(inbox.totalItemCount).toBe(h.graph.messages(ANN.id, 'inbox').length);
  });
});
