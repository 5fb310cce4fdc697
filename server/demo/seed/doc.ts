// A message body as paragraphs, so replies can quote history, budgets can be counted in words, and the
// same content renders as Outlook HTML, Gmail HTML or plain text. Word counts are taken from the text
// before escaping, counting only tokens with a letter or digit (so "> " and "--" are not words).

export type Style = 'outlook' | 'gmail' | 'text';

/** p: prose; head: Outlook's From/Sent/To/Subject block; attr: "On … wrote:"; sig: signature; fine: disclaimer. */
export type ParaKind = 'p' | 'head' | 'attr' | 'sig' | 'fine';

export interface Para {
  readonly text: string; // "\n" is a line break inside the paragraph
  readonly kind: ParaKind;
  /** Blockquote nesting (Gmail and plain-text quoting); Outlook quotes without nesting. */
  readonly depth: number;
  readonly words: number;
  /** The paragraph as its author's mail client wrote it; quoting keeps it, so history is escaped once. */
  readonly html?: string;
}

/** Whitespace-separated tokens holding at least one ASCII letter or digit (a char loop: this runs
 *  for every paragraph of the 10,000-message benchmark). */
export function countWords(text: string): number {
  let n = 0;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 160) counted = false;
    else if (!counted && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) {
      n++;
      counted = true;
    }
  }
  return n;
}

export const para = (text: string, kind: ParaKind = 'p'): Para => ({ text, kind, depth: 0, words: countWords(text) });

/** A paragraph whose word count the caller already knows (the benchmark sums precounted sentences). */
export const counted = (text: string, words: number): Para => ({ text, kind: 'p', depth: 0, words });

export const totalWords = (paras: readonly Para[]): number => paras.reduce((n, p) => n + p.words, 0);

/** The paragraphs a reply appends under its own text: a header, then the earlier body. */
export function quoteUnder(header: Para, earlier: readonly Para[], style: Style): Para[] {
  if (style === 'outlook') return [header, ...earlier];
  return [header, ...earlier.map((p) => ({ ...p, depth: p.depth + 1 }))];
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const lines = (s: string) => (/[&<>"\n]/.test(s) ? escape(s).replace(/\n/g, '<br>\n') : s);


function paraHtml(p: Para, style: Style): string {
  if (p.html !== undefined) return p.html;
  switch (p.kind) {
    case 'head': // Outlook: rule, then bold labels ("From:", "Sent:") and their values
      return '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        + `<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">${
          lines(p.text).replace(/(^|<br>\n)([A-Za-z]+:)/g, '$1<b>$2</b>')}</font></div>`;
    case 'attr':
      return `<div dir="ltr" class="gmail_attr">${lines(p.text)}<br></div>`;
    case 'sig':
      return `<div id="Signature"><p style="margin:0">${lines(p.text)}</p></div>`;
    case 'fine':
      return `<p style="font-size:8pt;color:#7f7f7f">${lines(p.text)}</p>`;
    default:
      // Outlook desktop (Word engine) paragraphs, the client most law firms run.
      return style === 'gmail' ? `<div>${lines(p.text)}</div><div><br></div>` : `<p class="MsoNormal">${lines(p.text)}</p>\n<p class="MsoNormal">&nbsp;</p>`;
  }
}

const OPEN_QUOTE = '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">';

/** Fixes each paragraph's HTML in its author's style, before anyone quotes it. */
export function authored(paras: readonly Para[], style: Style): Para[] {
  return style === 'text' ? [...paras] : paras.map((p) => (p.html === undefined ? { ...p, html: paraHtml(p, style) } : p));
}

export function renderHtml(paras: readonly Para[], style: Style): string {
  const out: string[] = [];
  let depth = 0;
  for (const p of paras) {
    while (depth < p.depth) { out.push(OPEN_QUOTE); depth++; }
    while (depth > p.depth) { out.push('</blockquote>'); depth--; }
    out.push(paraHtml(p, style));
  }
  while (depth-- > 0) out.push('</blockquote>');
  const head = '<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
    + '<style><!-- p.MsoNormal {margin:0in; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>\n</head>\n';
  return `${head}<body dir="ltr">\n${out.join('\n')}\n</body></html>\n`;
}

export function renderText(paras: readonly Para[]): string {
  let out = '';
  let prevDepth = 0;
  for (const [i, p] of paras.entries()) {
    const prefix = '> '.repeat(p.depth);
    // The blank line between paragraphs carries the quote marks both sides share, as mail clients write it.
    if (i > 0) out += `\n${'>'.repeat(Math.min(prevDepth, p.depth))}\n`;
    const text = p.kind === 'head' ? `________________________________\n${p.text}` : p.kind === 'sig' ? `--\n${p.text}` : p.text;
    out += text.split('\n').map((l) => prefix + l).join('\n');
    prevDepth = p.depth;
  }
  return `${out}\n`;
}

export function render(paras: readonly Para[], style: Style): { contentType: 'html' | 'text'; content: string } {
  return style === 'text' ? { contentType: 'text', content: renderText(paras) } : { contentType: 'html', content: renderHtml(paras, style) };
}
