// Minimal inputs the fuzzer shrank to, kept as fixed regression cases (they fail until fixed; the
// hangs among its finds are in extreme-cases.ts, where a child process can be killed).
import type { EmailMessage } from '../../shared/email';
import { message } from './arb-message';

export const COUNTEREXAMPLES: readonly { readonly title: string; readonly message: EmailMessage }[] = [
  {
    // Stage 4 cuts the line at " > " and joins the next, lower-case line to "Sam": "Sam can you send it?"
    title: 'a line cut at an inline " > " quote does not join the next line into a sentence nobody wrote',
    message: message('Sam > x\ncan you send it?', 'text'),
  },
  {
    // html-to-text walks the DOM recursively: from ~2 100 levels (the exact depth depends on the
    // stack in use) "Maximum call stack size exceeded". 10 000 fails every time.
    title: '10 000 nested <blockquote>s (a long reply chain in HTML)',
    message: message(`${'<blockquote>'.repeat(10_000)}Can you send the draft by Thursday?`, 'html'),
  },
  {
    // The due instant falls after the last instant a Date can hold: TZDate#toISOString throws.
    title: 'sentAt on the last representable day, with "by Thursday" in the ask',
    message: { ...message('Can you send the revised settlement draft by Thursday?', 'text'), sentAt: '+275760-09-12T23:59:59.999Z' },
  },
];
