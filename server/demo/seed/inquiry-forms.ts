// Website contact-form notifications as three common WordPress form plugins send them (Gravity Forms,
// WPForms, Contact Form 7): from the site's own address, the visitor in Reply-To, fields as labelled
// rows or "Label: value" text. Layouts are ours, modelled on how those plugins lay out a submission.
import { FIRM } from './firm-data';
import { esc, p, page } from './html';
import { AREA_LABELS, type Story } from './inquiry-data';
import { national, type Prospect } from './names';
import type { Notice } from './notice';

export interface Lead {
  who: Prospect;
  story: Story;
  /** Where the lead heard of the firm, as the form or lead service records it. */
  source: string;
}

const site = { name: FIRM.name, address: `wordpress@${FIRM.domain}` };
const visitor = (l: Lead) => [{ name: l.who.name, address: l.who.email }];

export function gravityForms(l: Lead): Notice {
  const rows: [string, string][] = [['Name', l.who.name], ['Email', l.who.email], ['Phone', national(l.who.phone)],
    ['What type of case is this?', AREA_LABELS[l.story.area]], ['Tell us what happened', l.story.text],
    ['How did you hear about us?', l.source], ['Acknowledgment', 'I understand that submitting this form does not make me a client of the firm.']];
  const table = rows.map(([k, v]) => `<tr bgcolor="#EAF2FA"><td colspan="2"><font style="font-family:sans-serif;font-size:12px"><strong>${esc(k)}</strong></font></td></tr>\n`
    + `<tr bgcolor="#FFFFFF"><td width="20">&nbsp;</td><td><font style="font-family:sans-serif;font-size:12px">${esc(v)}</font></td></tr>`).join('\n');
  return { from: site, replyTo: visitor(l), subject: 'New submission from Free Case Evaluation', idStyle: 'generic',
    body: { contentType: 'html', content: `<html><body>\n<table width="99%" border="0" cellpadding="1" cellspacing="0" bgcolor="#EAEAEA"><tr><td>\n<table width="100%" border="0" cellpadding="5" cellspacing="0" bgcolor="#FFFFFF">\n${table}\n</table>\n</td></tr></table>\n</body></html>\n` } };
}

export function wpForms(l: Lead): Notice {
  const fields: [string, string][] = [['Name', l.who.name], ['Email', l.who.email], ['Phone', national(l.who.phone)],
    ['Legal Issue', AREA_LABELS[l.story.area]], ['Is this urgent?', l.story.urgent ? 'Yes' : 'No'], ['Message', l.story.text]];
  const inner = fields.map(([k, v]) => `<p style="margin:0 0 4px"><strong>${esc(k)}</strong></p>\n${p(v, 'margin:0 0 16px')}`).join('\n<hr style="border:0;border-top:1px solid #ddd">\n')
    + `\n${p(`Sent from ${FIRM.web}/contact/`, 'color:#999;font-size:12px')}`;
  return { from: site, replyTo: visitor(l), subject: 'New Entry: Contact Us', idStyle: 'generic', body: { contentType: 'html', content: page(inner, 'New Entry') } };
}

export function contactForm7(l: Lead): Notice {
  const content = `Name: ${l.who.name}\nEmail: ${l.who.email}\nPhone: ${national(l.who.phone)}\nCase type: ${AREA_LABELS[l.story.area]}\n`
    + `Subject: ${l.story.subject}\n\nMessage:\n${l.story.text}\n\n-- \nSent through the contact form on ${FIRM.name} (${FIRM.web})\n`;
  return { from: site, replyTo: visitor(l), subject: `[${FIRM.name}] ${l.story.subject}`, idStyle: 'generic', body: { contentType: 'text', content } };
}

const PITCHES = [
  { subject: 'Page one of Google for your firm', text: 'Hi, I looked at your website and found 14 SEO problems that keep you off page one. We rank law firms in 90 days, guaranteed. Reply YES for a free audit. Special pricing ends Friday.' },
  { subject: 'Partnership opportunity', text: 'Dear business owner, we provide pre-screened leads and appointment setting for attorneys at $49 per lead. No contract. Visit our site to claim 10 free leads this month only.' },
];

/** The contact form is also a spam channel: a marketer posing as a visitor. */
export function contactForm7Spam(n: number): Notice {
  const pitch = PITCHES[n % PITCHES.length] ?? { subject: 'Hello', text: '' };
  const who = { name: n % 2 ? 'Jessica Miller' : 'Digital Growth Team', email: `outreach${n}@rankfast-seo.example` };
  const content = `Name: ${who.name}\nEmail: ${who.email}\nPhone: (202) 555-0188\nCase type: Other\nSubject: ${pitch.subject}\n\n`
    + `Message:\n${pitch.text}\n\n-- \nSent through the contact form on ${FIRM.name} (${FIRM.web})\n`;
  return { from: site, replyTo: [{ name: who.name, address: who.email }], subject: `[${FIRM.name}] ${pitch.subject}`, idStyle: 'generic',
    body: { contentType: 'text', content } };
}
