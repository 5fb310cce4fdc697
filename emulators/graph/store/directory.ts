// The emulator's users: found by id or by mail/UPN, case-insensitively, as Graph resolves
// /users/{id | userPrincipalName}.
import type { MailboxInit } from '../types';
import { createMailbox, type Mailbox } from './mailbox';

export interface Directory {
  add(init: MailboxInit): Mailbox;
  find(idOrAddress: string): Mailbox | undefined;
  /** Like find, but throws (for the test-facing API, where a typo is a test bug). */
  get(idOrAddress: string): Mailbox;
  all(): readonly Mailbox[];
}

export function createDirectory(): Directory {
  const byKey = new Map<string, Mailbox>();
  const list: Mailbox[] = [];
  const find = (key: string) => byKey.get(key.trim().toLowerCase());
  return {
    add(init) {
      if (find(init.id) !== undefined || find(init.mail) !== undefined) throw new Error(`mailbox ${init.id} / ${init.mail} already exists`);
      const mailbox = createMailbox(init);
      byKey.set(init.id.toLowerCase(), mailbox);
      byKey.set(init.mail.toLowerCase(), mailbox);
      list.push(mailbox);
      return mailbox;
    },
    find,
    get(key) {
      const mailbox = find(key);
      if (mailbox === undefined) throw new Error(`no mailbox '${key}' in the Graph emulator (addMailbox first)`);
      return mailbox;
    },
    all: () => list,
  };
}
