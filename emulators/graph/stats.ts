// Every request the emulator answered ($batch items included, each as its own entry).

export interface RequestRecord {
  readonly method: string;
  readonly path: string;
  readonly query: string;
  readonly status: number;
  /** The mailbox id the request addressed (null: none, or an unknown user). */
  readonly mailbox: string | null;
  readonly at: number;
}

export interface StatsFilter { readonly mailbox?: string; readonly pathIncludes?: string; readonly status?: number }

export interface RequestLog {
  readonly requests: RequestRecord[];
  count(filter: StatsFilter | undefined, mailboxId: (key: string) => string): number;
}

export function createRequestLog(): RequestLog {
  const requests: RequestRecord[] = [];
  return {
    requests,
    count(filter = {}, mailboxId) {
      const mailbox = filter.mailbox === undefined ? undefined : mailboxId(filter.mailbox);
      return requests.filter((r) => (mailbox === undefined || r.mailbox === mailbox)
        && (filter.pathIncludes === undefined || r.path.includes(filter.pathIncludes))
        && (filter.status === undefined || r.status === filter.status)).length;
    },
  };
}
