// Leads that reach intake other ways: intake software (Clio Grow, Lawmatics) notifying about a new lead,
// and people who simply email the firm for help. Layouts are invented, in the style of such services.
import { para, render, type Style } from './doc';
import { fieldTable, p, page } from './html';
import { AREA_LABELS } from './inquiry-data';
import type { Lead } from './inquiry-forms';
import { dashed, national } from './names';
import type { Notice } from './notice';
import type { Rng } from './rng';
import { wallParts } from './time';

export function clioGrow(l: Lead): Notice {
  const rows: [string, string][] = [['Name', l.who.name], ['Email', l.who.email], ['Phone', national(l.who.phone)],
    ['Practice Area', AREA_LABELS[l.story.area]], ['Lead Source', l.source], ['Message', l.story.text]];
  const inner = `${p('You have a new lead in your Clio Grow Inbox.', 'font-size:16px')}\n${fieldTable(rows)}\n`
    + `${p('Review lead', 'display:inline-block;background:#0070e0;color:#fff;padding:8px 14px;border-radius:4px')}\n`
    + p('You are receiving this because you are a Clio Grow user at this firm.', 'color:#888;font-size:11px');
  return { from: { name: 'Clio Grow', address: 'notifications@grow.clio.example' }, subject: `New Inbox lead: ${l.who.name}`,
    body: { contentType: 'html', content: page(inner, 'Clio Grow') }, idStyle: 'generic' };
}

export function lawmatics(l: Lead, atMs: number, timeZone: string): Notice {
  const w = wallParts(atMs, timeZone);
  const rows: [string, string][] = [['First Name', l.who.first], ['Last Name', l.who.last], ['Email', l.who.email],
    ['Phone', dashed(l.who.phone)], ['Matter Type', AREA_LABELS[l.story.area]], ['Case Description', l.story.text],
    ['Source', l.source], ['Created', `${w.m}/${w.d}/${w.y} ${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}`]];
  const inner = `${p('A new lead was submitted through the intake form "Website Intake".')}\n${fieldTable(rows)}\n${p('View in Lawmatics')}`;
  return { from: { name: 'Lawmatics', address: 'notifications@lawmatics.example' }, subject: `New Lead Submitted - ${l.who.name}`,
    body: { contentType: 'html', content: page(inner, 'Lawmatics') }, idStyle: 'generic' };
}

const OPENERS = ['Hello,', 'Hi,', 'Good morning,', 'To whom it may concern,', 'Hello, I found your firm online.'];
const CLOSERS = ['Thank you,', 'Thanks for your time,', 'Sincerely,', 'Please let me know if you can help.\n\nThank you,'];

/** Mail style that goes with a personal provider: Gmail users get Gmail HTML, older ISPs plain text. */
export function styleOf(email: string): Style {
  const host = email.split('@')[1] ?? '';
  if (host.startsWith('gmail') || host.startsWith('icloud')) return 'gmail';
  if (host.startsWith('outlook')) return 'outlook';
  return 'text';
}

/** A first email from someone who needs a lawyer, written straight to the intake address. */
export function directEmail(l: Lead, rng: Rng): Notice {
  const style = styleOf(l.who.email);
  const phone = rng.chance(0.7) ? `\n${rng.chance(0.5) ? national(l.who.phone) : dashed(l.who.phone)}` : '';
  const paras = [para(rng.pick(OPENERS)), para(l.story.text), para(`${rng.pick(CLOSERS)}\n${l.who.name}${phone}`)];
  const subject = rng.pick([l.story.subject, `Need a lawyer - ${l.story.subject.toLowerCase()}`, `Question: ${l.story.subject}`]);
  return { from: { name: l.who.name, address: l.who.email }, subject, body: render(paras, style),
    importance: l.story.urgent && rng.chance(0.5) ? 'high' : 'normal', idStyle: style === 'gmail' ? 'gmail' : style === 'outlook' ? 'exchange' : 'generic' };
}
