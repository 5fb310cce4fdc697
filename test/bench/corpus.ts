// A synthetic but realistic law-firm corpus for benchmarks: replies of 100–2,000 words with asks,
// commitments, chatter, signatures, disclaimers and quoted history. Seeded, so runs compare.
import type { EmailMessage } from '../../shared/email';

const ASKS = [
  'Can you send the revised settlement draft by Thursday?', 'Please confirm the deposition date with opposing counsel.',
  'Could one of you pull the medical records from St. Mary\'s before the hearing on the 20th?',
  'Let me know whether the client signed the retainer.', 'Would you mind re-sending the HIPAA authorization?',
  'I need your comments on the indemnity clause by the end of the month.', 'Any update on the lien release?',
  'Please have the paralegal calendar the mediation.', 'Make sure the exhibits are tabbed before Friday.',
];
const COMMITMENTS = ['I\'ll circulate the exhibit list on Monday.', 'We will file the motion tomorrow.', 'Let me check with the adjuster and get back to you.'];
const CHATTER = [
  'Thanks for the call this morning.', 'The adjuster finally returned my message after two weeks.',
  'Opposing counsel seems open to a structured settlement, though the numbers are still far apart.',
  'The court moved the status conference because of the holiday schedule.', 'I reviewed the police report and the photos from the scene.',
  'Our expert thinks the damages model holds up under the new precedent.', 'The client is anxious but understands the timeline.',
  'We are still waiting on the billing records from the clinic.', 'The lease has an unusual assignment clause in section 14.',
];
const SIGNATURE = '\n\nBest,\nDana\n\nDana Hartwell | Partner\nHartwell Oduya LLP\n1200 Market Street, Suite 400\nT 215.555.0142\n\n'
  + 'CONFIDENTIALITY NOTICE: This message may contain privileged information. If you are not the intended recipient, please notify the sender and delete it.';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

export function corpus(count: number, seed = 42): EmailMessage[] {
  const next = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const targetWords = 100 + Math.floor(next() * 1900);
    const own: string[] = ['Hi Sam,', ''];
    const quoted: string[] = [];
    let words = 0;
    while (words < targetWords * 0.3) {
      const s = next() < 0.25 ? pick(ASKS) : next() < 0.1 ? pick(COMMITMENTS) : pick(CHATTER);
      own.push(s);
      words += s.split(' ').length;
    }
    while (words < targetWords) {
      quoted.push(`> ${pick([...ASKS, ...CHATTER, ...CHATTER])}`);
      words += 12;
    }
    const body = `${own.join(' ')}${SIGNATURE}\n\nOn Mon, Jan 5, 2026 at 9:12 AM Grace Whitaker <grace@client.example> wrote:\n${quoted.join('\n')}`;
    return {
      id: `bench-${i}`, conversationId: `conv-${i % 50}`, internetMessageId: null, subject: 'RE: Whitaker v. Corza',
      from: { name: 'Dana Hartwell', address: 'dana@firm.example' }, to: [{ name: 'Sam Oduya', address: 'sam@firm.example' }],
      cc: [], sentAt: '2026-01-08T14:05:00-05:00', timeZone: 'America/New_York', bodyType: 'text', body, webLink: null,
    };
  });
}
