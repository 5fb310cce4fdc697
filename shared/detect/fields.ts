// "Label: value" and "Label\nvalue" blocks, the layout of web-form notifications (Gravity Forms,
// WPForms, Contact Form 7, Elementor, Divi, Clio Grow, Lawmatics…) and of phone-system notices
// ("From: (215) 555-0142", "Length: 00:22", "Transcription:\n…").
import { labelKey, type FieldKey } from './field-labels';

export interface Field {
  /** The label as written, without its colon or decoration. */
  readonly label: string;
  /** What the label means, when it is one detection knows. */
  readonly key: FieldKey | null;
  readonly value: string;
}

// "Name: Tasha", "* First Name: Fatima", "--- Name ---", "Your Email*:", "Best time to call?"
const INLINE = /^[\s*•·>-]*([\p{L}][\p{L}\d /&'’().,?#-]{0,60}?)\s*\*?\s*:\s*(.*)$/u;
const DECORATED = /^[\s*•·-]*-{2,}\s*(.+?)\s*-{2,}\s*$/;
const MAX_LINES = 1500;

const clean = (label: string): string => label.replace(/\s*\((required|optional)\)\s*$/i, '').replace(/[\s*:?]+$/, '').trim();

/** A line that is only a known label ("Email", "How can we help?", "--- Phone ---"). */
function bareLabel(line: string): string | null {
  const decorated = DECORATED.exec(line);
  const label = clean(decorated ? decorated[1]! : line.replace(/^[\s*•·]+/, ''));
  return label && labelKey(label) ? label : null;
}

function inlineField(line: string): { label: string; value: string } | null {
  const m = INLINE.exec(line);
  if (!m) return null;
  const label = clean(m[1]!);
  // A sentence with a colon in it ("Here is what happened: I was…") is not a label.
  if (!label || label.split(/\s+/).length > 6 || (!labelKey(label) && /[.,]/.test(label))) return null;
  return { label, value: m[2]!.trim() };
}

/** Lines after a label up to the next label or a blank line (after the first value line). */
function valueLines(lines: readonly string[], from: number): { value: string; next: number } {
  let i = from;
  while (i < lines.length && lines[i]!.trim() === '') i += 1;
  const taken: string[] = [];
  for (; i < lines.length; i += 1) {
    const line = lines[i]!.trim();
    if (line === '' || bareLabel(line) || isKnownInline(line)) break;
    taken.push(line);
  }
  return { value: taken.join('\n'), next: i };
}

const isKnownInline = (line: string): boolean => {
  const f = inlineField(line);
  return Boolean(f && labelKey(f.label));
};

/** Every labelled field of `text`, in order. */
export function parseFields(text: string): Field[] {
  const lines = text.split('\n').slice(0, MAX_LINES);
  const out: Field[] = [];
  for (let i = 0; i < lines.length; ) {
    const line = lines[i]!;
    const inline = inlineField(line);
    const bare = inline ? null : bareLabel(line);
    if (inline && inline.value !== '') {
      // "Message: I was hurt…" may go on over the next lines until a blank line or the next label.
      const more = labelKey(inline.label) ? valueLines(lines, i + 1) : { value: '', next: i + 1 };
      const continues = more.value !== '' && lines[i + 1]?.trim() !== '';
      out.push({ label: inline.label, key: labelKey(inline.label), value: continues ? `${inline.value}\n${more.value}` : inline.value });
      i = continues ? more.next : i + 1;
    } else if (inline || bare) {
      const label = inline?.label ?? bare!;
      const { value, next } = valueLines(lines, i + 1);
      out.push({ label, key: labelKey(label), value });
      i = Math.max(next, i + 1);
    } else {
      i += 1;
    }
  }
  return out;
}

/** The first non-empty value of a field with this meaning. */
export const fieldValue = (fields: readonly Field[], key: FieldKey): string | null =>
  fields.find((f) => f.key === key && f.value.trim() !== '')?.value.trim() ?? null;
