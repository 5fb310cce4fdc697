// What every handler sees: the request, who is calling, and the emulator's shared state.
import type { Query } from './odata/query';
import type { EmuRequest, Reply } from './reply';
import type { Change } from './store/changes';
import type { Directory } from './store/directory';
import type { SubscriptionRegistry } from './notify/registry';
import type { GraphMessage } from './types';

export interface Caller {
  readonly tenantId: string;
  /** Application permissions (roles) and delegated scopes (scp) of the token. */
  readonly roles: ReadonlySet<string>;
  readonly appId: string;
  readonly principalId: string;
}

export interface World {
  readonly directory: Directory;
  readonly now: () => Date;
  /** https://127.0.0.1:<port>/v1.0 (known once listening). */
  readonly baseUrl: () => string;
  readonly subscriptions: SubscriptionRegistry;
  /** Records a change and queues its change notifications. */
  readonly emit: (change: Change) => void;
  readonly sent: { mailbox: string; message: GraphMessage }[];
}

export interface Ctx {
  readonly req: EmuRequest;
  readonly query: Query;
  readonly prefer: ReadonlyMap<string, string>;
  /** Path parameters, decoded (":u" → "u"). */
  readonly params: Readonly<Record<string, string>>;
  readonly caller: Caller;
  readonly world: World;
  /** Runs one request through the whole pipeline (limits included): $batch items. */
  readonly run: (req: EmuRequest) => Promise<Reply>;
}
