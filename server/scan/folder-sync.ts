// Delta sync of one mailbox folder, page by page. Each page's items and the link to the next
// page are committed in one transaction: a crash resumes at the last committed page, and a page
// seen twice changes nothing. An expired delta token (410) starts a full round over, once.
import { toGraphFailure } from '../graph/errors';
import type { GraphGateway } from '../graph/gateway';
import type { ScanContext } from './context';
import { emptyTally, ingestPage, type IngestTally } from './ingest';

export interface FolderSyncResult {
  readonly mailbox: string;
  readonly folder: string;
  readonly pages: number;
  readonly tally: IngestTally;
  readonly resynced: boolean;
}

export type FolderProgress = (p: { mailbox: string; folder: string; pages: number; seen: number; created: number }) => void;

export async function syncFolder(
  ctx: ScanContext, graph: GraphGateway, mailbox: string, folder: string, mailboxZone: string, onPage: FolderProgress = () => {},
): Promise<FolderSyncResult> {
  const key = { firmId: ctx.firm.firmId, mailbox, folder };
  const tally = emptyTally();
  let pages = 0;
  let resynced = false;
  for (;;) {
    const position = ctx.store.syncState.position(key);
    const link = position?.nextLink ?? position?.deltaLink ?? null;
    let page;
    try {
      page = await graph.delta(mailbox, folder, link);
    } catch (err) {
      const failure = toGraphFailure(err);
      if (!failure.syncReset || resynced || link === null) throw failure;
      ctx.store.syncState.restart(key, ctx.now().toISOString());
      resynced = true;
      continue;
    }
    ctx.store.transaction(() => {
      ingestPage(ctx, mailbox, folder, mailboxZone, page.items, tally);
      ctx.store.syncState.advance(key, { nextLink: page.nextLink, deltaLink: page.deltaLink }, page.items.length, ctx.now().toISOString());
    });
    pages += 1;
    onPage({ mailbox, folder, pages, seen: tally.seen, created: tally.created });
    if (page.nextLink === null) return { mailbox, folder, pages, tally, resynced };
  }
}
