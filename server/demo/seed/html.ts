// Small HTML builders for machine-sent notifications (phone systems, web forms, lead services), which
// are table- and label-heavy rather than the paragraph bodies people write.

export const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A complete HTML document with the inline-styled wrapper bulk senders use. */
export function page(inner: string, title = ''): string {
  return '<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
    + `<title>${esc(title)}</title></head>\n<body style="margin:0;padding:0;background:#f4f4f4">\n`
    + '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
    + `<table role="presentation" width="600" cellpadding="16" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">\n<tr><td>\n${inner}\n</td></tr></table>\n`
    + '</td></tr></table>\n</body></html>\n';
}

/** Label/value rows: one row per field, label cell bold. */
export function fieldTable(rows: readonly (readonly [string, string])[]): string {
  const tr = rows.map(([k, v]) => `<tr><td style="font-weight:bold;padding:4px 12px 4px 0;vertical-align:top">${esc(k)}</td>`
    + `<td style="padding:4px 0">${esc(v).replace(/\n/g, '<br>')}</td></tr>`);
  return `<table cellpadding="0" cellspacing="0" style="border-collapse:collapse">\n${tr.join('\n')}\n</table>`;
}

export const p = (text: string, style = ''): string =>
  `<p${style ? ` style="${style}"` : ''}>${esc(text).replace(/\n/g, '<br>')}</p>`;
