// The queue's one line and the snippet under it. The snippet is the caller's or prospect's words,
// cut to 300 characters: the queue is not the place for a whole (privileged) message body.
import type { Caller, Contact, PracticeArea } from './types';

export const MAX_SNIPPET = 300;

export function snippetOf(text: string | null): string {
  const s = (text ?? '').replace(/\s+/g, ' ').trim();
  return s.length <= MAX_SNIPPET ? s : `${s.slice(0, MAX_SNIPPET - 1).replace(/\s+\S*$/, '')}…`;
}

const AREA_WORDS: Record<PracticeArea, string> = {
  personal_injury: 'personal injury', family: 'family', criminal_defense: 'criminal defense',
  estate_planning: 'estate planning', immigration: 'immigration', other: 'other',
};

export function voicemailTitle(caller: Caller, missed: boolean): string {
  const who = caller.name ?? caller.phone ?? 'an unknown caller';
  const number = caller.name && caller.phone ? ` (${caller.phone})` : '';
  return `${missed ? 'Missed call' : 'Voicemail'} from ${who}${number}`;
}

export function inquiryTitle(contact: Contact, area: PracticeArea | null, referral: boolean): string {
  const who = contact.name ?? contact.email ?? contact.phone ?? 'unknown prospect';
  return `${referral ? 'Referral' : 'New inquiry'}: ${who}${area ? ` — ${AREA_WORDS[area]}` : ''}`;
}

export const plainTitle = (subject: string): string => snippetOf(subject || '(no subject)').slice(0, 200);
