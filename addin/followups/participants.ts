// Who a follow-up can be assigned to from the pane: the thread's people, deduplicated.
import type { EmailMessage } from '../../shared/email';
import type { MailAddress } from '../../shared/followup';

export interface Participant {
  /** Lower-cased address: the owner value sent to the API. */
  readonly address: string;
  /** Display name, or the address when there is none. */
  readonly label: string;
}

export function participantsOf(message: EmailMessage, user: MailAddress | null, extra: readonly (string | null)[] = []): Participant[] {
  const seen = new Map<string, Participant>();
  const add = (address: string | null | undefined, name = ''): void => {
    const key = (address ?? '').trim().toLowerCase();
    if (!key || !key.includes('@')) return;
    const existing = seen.get(key);
    if (!existing || (existing.label === key && name.trim())) seen.set(key, { address: key, label: name.trim() || key });
  };
  add(user?.address, user?.name);
  add(message.from?.address, message.from?.name);
  for (const a of [...message.to, ...message.cc]) add(a.address, a.name);
  for (const a of extra) add(a);
  return [...seen.values()];
}

export function labelOf(address: string | null, participants: readonly Participant[]): string {
  if (!address) return 'Unassigned';
  return participants.find((p) => p.address === address.toLowerCase())?.label ?? address;
}
