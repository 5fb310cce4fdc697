// Fixed extreme inputs. Each runs in its own Node process (run-case.ts), so a hang is killed and
// a fatal V8 error (out of memory) fails one test instead of the whole test run.
import type { EmailMessage } from '../../shared/email';
import { message } from './arb-message';

const MB = 1024 * 1024;
const PARAGRAPH = 'Hi Sam,\n\nCan you send the revised draft by Thursday? The court moved the status conference. '
  + "I'll circulate the exhibit list on Monday. Thanks for the call this morning.\n\n";
const fill = (unit: string, chars: number): string => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);

export interface ExtremeCase {
  readonly title: string;
  readonly build: () => EmailMessage;
}

export const EXTREME_CASES: Readonly<Record<string, ExtremeCase>> = {
  'empty-text': { title: 'empty text body', build: () => message('', 'text') },
  'empty-html': { title: 'empty HTML body', build: () => message('', 'html') },
  'text-10mb': { title: '10 MB text body', build: () => message(fill(PARAGRAPH, 10 * MB), 'text') },
  'html-10mb': {
    title: '10 MB HTML body',
    build: () => message(`<html><body>${fill(`<p>${PARAGRAPH.replace(/\n/g, '<br>')}</p>`, 10 * MB)}</body></html>`, 'html'),
  },
  'divs-100k': { title: '100 000 nested <div>s', build: () => message(`${'<div>'.repeat(100_000)}Can you send it?${'</div>'.repeat(100_000)}`, 'html') },
  'line-1mb': { title: '1 MB single line with no spaces', build: () => message(fill('abcdefghij', MB), 'text') },
  'quotes-10k': {
    title: '10 000 levels of > quoting',
    build: () => message(`Sam, can you look?\n\n${'>'.repeat(10_000)} Please send it.\n${'> '.repeat(10_000)}Please file it.`, 'text'),
  },
  'dots-200k': { title: '200 000 "." on one line (the whole read budget)', build: () => message('.'.repeat(200_000), 'text') },
  'questions-200k': { title: '200 000 "?" on one line', build: () => message('?'.repeat(200_000), 'text') },
  'glued-names': {
    // "AandBandC…" with no comma or colon after it: names joined by "and" with no spaces.
    title: 'a 161-character sentence of capitalised names glued with "and"',
    build: () => message(`${'Aand'.repeat(40)}B!`, 'text'),
  },
  'colspan-1e6': {
    title: 'an HTML table cell with colspan="1000000"',
    build: () => message('<table><tr><td colspan="1000000">Please send it.</td></tr></table>', 'html'),
  },
  'rowspan-100k': {
    title: 'an HTML table cell with rowspan="100000"',
    build: () => message('<table><tr><td rowspan="100000">Please send it.</td><td>x</td></tr><tr><td>y</td></tr></table>', 'html'),
  },
  'sent-at-max-date': {
    title: 'sentAt at the last representable instant with "tomorrow" in the ask',
    build: () => ({ ...message('Can you send it tomorrow?', 'text'), sentAt: '+275760-09-13T00:00:00.000Z' }),
  },
};
