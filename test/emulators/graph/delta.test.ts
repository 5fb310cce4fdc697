// Per-folder delta through the real Graph client: a round of pages, the next round's created,
// updated and @removed items, expired and garbage tokens, and a 10,000-message initial sync.
import { GraphError, PageIterator, type Client, type PageCollection } from '@microsoft/microsoft-graph-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANN, BEN, incoming, startGraphHarness, type GraphHarness } from './harness';

let h: GraphHarness;
beforeAll(async () => {
  h = await startGraphHarness();
});
afterAll(async () => {
  await h.close();
});

type Item = { id: string; subject?: string; isRead?: boolean; '@odata.type': string; '@removed'?: { reason: string } };

/** One delta round: every item and the deltaLink, following nextLinks with the same Prefer header. */
async function round(client: Client, url: string, pageSize: number): Promise<{ items: Item[]; deltaLink: string; pages: number }> {
  const headers = { Prefer: `odata.maxpagesize=${pageSize}` };
  const first = (await client.api(url).headers(headers).get()) as PageCollection;
  const items: Item[] = [];
  let pages = 1;
  const iterator = new PageIterator(client, first, (item: Item) => { items.push(item); return true; }, { headers });
  const counted = client.api.bind(client);
  client.api = (path: string) => { pages += 1; return counted(path); };
  try {
    await iterator.iterate();
  } finally {
    client.api = counted;
  }
  const deltaLink = iterator.getDeltaLink();
  if (deltaLink === undefined) throw new Error('round ended without a deltaLink');
  return { items, deltaLink, pages };
}

describe('a delta round and the next', () => {
  it('pages the first round, then returns only what changed, with @removed for deleted and moved-out items', async () => {
    h.graph.seed(ANN.mail, 'inbox', Array.from({ length: 25 }, () => incoming()));
    const client = h.client();
    const first = await round(client, `/users/${ANN.id}/mailFolders/inbox/messages/delta?$select=subject,isRead`, 10);
    expect(first.pages).toBe(3);
    expect(first.items).toHaveLength(25);
    expect(first.items[0]).toMatchObject({ '@odata.type': '#microsoft.graph.message' });
    expect(Object.keys(first.items[0] as object).sort()).toEqual(['@odata.etag', '@odata.type', 'id', 'isRead', 'subject']);
    expect(first.deltaLink).toMatch(/\/messages\/delta\?\$deltatoken=/);

    const [a, b, c, d] = h.graph.messages(ANN.mail, 'inbox');
    const added = h.graph.deliver(ANN.mail, 'inbox', incoming({ subject: 'New since the last round' }));
    h.graph.update(ANN.mail, a?.id ?? '', { isRead: true });
    h.graph.remove(ANN.mail, b?.id ?? '');
    await client.api(`/users/${ANN.id}/messages/${c?.id}`).delete();
    h.graph.deliver(ANN.mail, 'archive', incoming({ subject: 'Elsewhere' }));

    const second = await round(client, first.deltaLink, 10);
    const byId = new Map(second.items.map((i) => [i.id, i]));
    expect(second.items).toHaveLength(4);
    expect(byId.get(added.id)).toMatchObject({ subject: 'New since the last round' });
    expect(byId.get(a?.id ?? '')).toMatchObject({ isRead: true, subject: a?.subject });
    expect(byId.get(b?.id ?? '')).toEqual({ '@odata.type': '#microsoft.graph.message', id: b?.id, '@removed': { reason: 'deleted' } });
    expect(byId.get(c?.id ?? '')?.['@removed']).toEqual({ reason: 'deleted' });
    expect(byId.has(d?.id ?? '')).toBe(false);

    const third = await round(client, second.deltaLink, 10);
    expect(third.items).toEqual([]);
  });

  it('takes $filter=receivedDateTime ge only, and rejects other filters', async () => {
    const client = h.client();
    const recent = await client.api(`/users/${ANN.id}/mailFolders/inbox/messages/delta`).filter('receivedDateTime ge 2024-05-01T11:55:00Z').get() as PageCollection;
    expect(recent.value.length).toBeGreaterThan(0);
    expect(recent.value.every((m: { receivedDateTime: string }) => m.receivedDateTime >= '2024-05-01T11:55:00Z')).toBe(true);
    const err = await client.api(`/users/${ANN.id}/mailFolders/inbox/messages/delta`).filter('isRead eq false').get().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GraphError);
    expect((err as GraphError).statusCode).toBe(400);
  });
});

describe('sync state', () => {
  it('answers 410 SyncStateNotFound for every token issued before the state expired', async () => {
    h.graph.seed(BEN.mail, 'inbox', Array.from({ length: 5 }, () => incoming()));
    const page = await h.call(`/users/${BEN.id}/mailFolders/inbox/messages/delta`, { headers: { prefer: 'odata.maxpagesize=2' } });
    const nextLink = (page.body as { '@odata.nextLink': string })['@odata.nextLink'];
    expect(page.headers.get('preference-applied')).toBe('odata.maxpagesize=2');
    h.graph.faults.expireSyncState(BEN.mail, 'inbox');
    const expired = await h.call(nextLink.slice(h.graph.baseUrl.length));
    expect(expired.status).toBe(410);
    expect(expired.body).toMatchObject({ error: { code: 'SyncStateNotFound', message: expect.stringMatching(/^The sync state generation is not found; generation=\d+;/) as unknown } });
    const restart = await h.call(`/users/${BEN.id}/mailFolders/inbox/messages/delta`);
    expect(restart.status).toBe(200);
  });

  it('answers 400 for a token it never issued', async () => {
    const garbage = await h.call(`/users/${BEN.id}/mailFolders/inbox/messages/delta?$deltatoken=not-a-token`);
    expect(garbage.status).toBe(400);
  });
});

describe('scale', () => {
  it('syncs 10,000 messages with maxpagesize 100 through the Graph client in well under 5 s', async () => {
    const big = { id: 'b7e3c1d2-3333-4aaa-8bbb-000000000003', mail: 'records@lawfirm.example', displayName: 'Records' };
    h.graph.addMailbox(big);
    h.graph.seed(big.mail, 'inbox', Array.from({ length: 10_000 }, (_, i) => incoming({ minutesAgo: i, subject: `Record ${i}` })));
    const started = performance.now();
    const result = await round(h.client(), `/users/${big.id}/mailFolders/inbox/messages/delta?$select=subject,from,receivedDateTime,conversationId`, 100);
    const ms = performance.now() - started;
    console.log(`delta: 10,000 messages in ${result.pages} pages, ${Math.round(ms)} ms`);
    expect(new Set(result.items.map((i) => i.id)).size).toBe(10_000);
    expect(result.pages).toBe(100);
    expect(ms).toBeLessThan(5_000);
  });
});
