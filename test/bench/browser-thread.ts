// A realistic long thread for the browser benchmark: the 20th reply in a litigation thread, whose
// body quotes the 19 messages before it (Outlook's "-----Original Message-----" blocks and one
// Gmail-style "> " quoted client reply), each with its own signature and confidentiality footer.
// Seeded, so runs compare. The pane reads bodies as text; the HTML rendition is what Graph returns.
import type { EmailMessage } from '../../shared/email';
import type { MailAddress } from '../../shared/followup';

const PEOPLE: readonly (MailAddress & { title: string; firm: string })[] = [
  { name: 'Priya Raman', address: 'priya.raman@harrowvale.example', title: 'Partner', firm: 'Harrow & Vale LLP' },
  { name: 'Dana Whitfield', address: 'dana.whitfield@harrowvale.example', title: 'Senior Associate', firm: 'Harrow & Vale LLP' },
  { name: 'Marcus Bell', address: 'marcus.bell@harrowvale.example', title: 'Paralegal', firm: 'Harrow & Vale LLP' },
  { name: 'Grace Whitaker', address: 'grace@meridian.example', title: 'General Counsel', firm: 'Meridian Holdings, Inc.' },
];
const SUBJECT = 'RE: Meridian Holdings v. Castellan Partners: draft motion to compel';

const ASKS = [
  'Can you send me the revised draft with the privilege log changes by Thursday?', 'Marcus, please confirm the filing deadline with the clerk by Friday.',
  'Could one of you pull the two cases Judge Okafor cited in the scheduling order before the hearing on the 20th?',
  'Please circulate the updated exhibit list to the team by end of next week.', 'Would you mind re-sending the signed verification?',
  'I need your comments on the indemnity clause within 3 business days.', 'Any update on the third-party subpoena to the bank?',
  'Let me know whether the client approved the proposed stipulation.', 'Dana, can you draft the meet-and-confer letter tomorrow?',
  'Circulate the redline to Grace once Priya signs off.', 'Make sure the exhibits are tabbed and Bates-stamped before Monday.',
  'Is the hearing still on for Tuesday, or should we expect a continuance?', 'Please have the paralegal calendar the mediation.',
];
// An instruction no rule lists, so the newest message makes compromise run (its lexicon loads on first use).
const IMPERATIVE = 'Highlight the key admissions in the Castellan deposition transcript.';
const COMMITMENTS = [
  "I'll call opposing counsel tomorrow about the deposition schedule.", 'We will file the motion to seal on Monday.',
  'Let me check with the client and get back to you.', 'I can get you the billing records by Friday.', "I'll review it the same night.",
];
const CHATTER = [
  'Thanks for turning the draft around so quickly.', 'Opposing counsel seems open to a short extension, though nothing is agreed yet.',
  'The court moved the status conference because of the holiday schedule.', 'I reviewed the production index and the privilege log against the custodians list.',
  'Our expert thinks the damages model holds up under the new appellate decision.', 'The client is anxious but understands the timeline.',
  'We are still waiting on the bank records from the second custodian.', 'The protective order has an unusual clawback provision in paragraph 14.',
  'Judge Okafor tends to rule on discovery motions without a hearing.', 'The meet-and-confer call ran long but was productive.',
  'The deposition of the Castellan CFO is set for the second week of February at our offices.',
  'Their responses to the second set of interrogatories were late and mostly boilerplate objections.',
  'The mediator asked for position statements ten days before the session.', 'The bank finally produced the wire confirmations last night.',
];
const DISCLAIMER = 'CONFIDENTIALITY NOTICE: This email and any attachments may contain privileged attorney-client communications or '
  + 'attorney work product and are intended only for the named recipients. If you are not the intended recipient, please notify the '
  + 'sender immediately by reply email and delete this message and any copies. Any review, use, dissemination, distribution or '
  + 'copying of this communication by anyone other than the intended recipient is strictly prohibited. Nothing in this message is '
  + 'intended to constitute an electronic signature unless expressly stated otherwise.';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

interface Turn { readonly from: (typeof PEOPLE)[number]; readonly to: (typeof PEOPLE)[number]; readonly text: string; readonly sentAt: Date }

function turns(count: number, next: () => number): Turn[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const start = Date.UTC(2026, 0, 5, 14, 0);
  return Array.from({ length: count }, (_, i) => {
    const from = PEOPLE[i % PEOPLE.length]!;
    const to = PEOPLE[(i + 1) % PEOPLE.length]!;
    const sentences = new Set<string>(i === count - 1 ? [IMPERATIVE] : []);
    const wanted = 14 + Math.floor(next() * 6);
    while (sentences.size < wanted) {
      const r = next();
      sentences.add(r < 0.3 ? pick(ASKS) : r < 0.45 ? pick(COMMITMENTS) : pick(CHATTER));
    }
    const list = [...sentences];
    const paragraphs = [list.slice(0, 4), list.slice(4, 9), list.slice(9)].map((p) => p.join(' ')).filter(Boolean);
    const text = [`${to.name.split(' ')[0]},`, '', ...paragraphs.flatMap((p) => [p, '']), 'Thanks,', from.name.split(' ')[0]!].join('\n');
    return { from, to, text, sentAt: new Date(start + i * 5.5 * 3_600_000) };
  });
}

const signature = (p: Turn['from']): string =>
  `${p.name} | ${p.title}\n${p.firm}\n200 Park Avenue, 31st Floor, New York, NY 10166\nT +1 212 555 0142 | ${p.address}\nwww.harrowvale.example`;
const header = (t: Turn): string =>
  `-----Original Message-----\nFrom: ${t.from.name} <${t.from.address}>\nSent: ${t.sentAt.toUTCString()}\nTo: ${t.to.name} <${t.to.address}>\nSubject: ${SUBJECT}`;
const block = (t: Turn): string => `${t.text}\n\n${signature(t.from)}\n\n${DISCLAIMER}`;

/** The newest message of a `count`-message thread, as a text body with all earlier messages quoted. */
export function threadMessage(count = 20, seed = 7): EmailMessage {
  const all = turns(count, rng(seed));
  const newest = all[all.length - 1]!;
  const history = all.slice(0, -1).reverse().map((t, i) => {
    const quoted = `${header(t)}\n\n${block(t)}`;
    // The client answers from Gmail once: that reply's own history arrived "> "-quoted.
    return i === 9 ? quoted.split('\n').map((l) => `> ${l}`).join('\n') : quoted;
  });
  return {
    id: 'bench-thread', conversationId: 'bench-thread', internetMessageId: null, subject: SUBJECT,
    from: { name: newest.from.name, address: newest.from.address }, to: [{ name: newest.to.name, address: newest.to.address }],
    cc: PEOPLE.filter((p) => p !== newest.from && p !== newest.to).map(({ name, address }) => ({ name, address })),
    sentAt: newest.sentAt.toISOString(), timeZone: 'America/New_York', bodyType: 'text',
    body: [block(newest), ...history].join('\n\n'), webLink: null,
  };
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The same thread as Outlook's HTML: paragraphs, a signature table, quoted messages in divs. */
export function asHtml(message: EmailMessage): EmailMessage {
  const parts = message.body.split('-----Original Message-----');
  const html = parts.map((part, i) => {
    const paragraphs = part.trim().split(/\n\s*\n/).map((p) => `<p class="MsoNormal">${escapeHtml(p).replace(/\n/g, '<br>\n')}<o:p></o:p></p>`);
    const inner = paragraphs.join('\n');
    return i === 0 ? `<div class="WordSection1">${inner}</div>`
      : `<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in"><p class="MsoNormal"><b>-----Original Message-----</b></p>${inner}</div>`;
  }).join('\n');
  const body = `<html><head><style>p.MsoNormal{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style></head><body lang="EN-US">${html}</body></html>`;
  return { ...message, id: 'bench-thread-html', bodyType: 'html', body };
}
