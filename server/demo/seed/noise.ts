// Mail the scanner must leave alone: newsletters and bar bulletins (List-Unsubscribe, Precedence: bulk),
// court e-filing notices from no-reply senders, and vendor pitches that end in a question.
import { courtNotice } from './court';
import { post, spread, type Ctx } from './ctx';
import { LAWYERS, staffBy, type Staff } from './firm-data';
import { esc, p, page } from './html';
import { toGraph, transitMs } from './message';
import type { Notice } from './notice';
import { NEWSLETTERS, PITCHES } from './noise-data';
import { CLIENTS } from './parties-data';
import { hex, type Rng } from './rng';
import { momentOn } from './schedule';

function send(ctx: Ctx, rng: Rng, n: Notice, to: Staff[], atMs: number, headers: Notice['headers'] = []): void {
  const sentMs = Math.min(atMs, ctx.clock.nowMs - 120_000);
  post(ctx, toGraph({ ...n, headers: [...(n.headers ?? []), ...(headers ?? [])], to: to.map((s) => ({ name: s.person.name, address: s.person.address })),
    sentMs, receivedMs: sentMs + transitMs(rng, false), conversationId: ctx.ids.conversationId(),
    internetMessageId: ctx.ids.messageId(n.idStyle, n.from.address.split('@')[1] ?? 'mail.example') }));
}

export function newsletters(ctx: Ctx, count: number): void {
  const rng = ctx.rng.fork('newsletters');
  for (const [i, day] of spread(rng, ctx.clock.days, count).entries()) {
    const nl = NEWSLETTERS[i % NEWSLETTERS.length] ?? NEWSLETTERS[0];
    if (!nl) return;
    const subject = nl.subjects[Math.floor(i / NEWSLETTERS.length) % nl.subjects.length] ?? nl.subjects[0] ?? '';
    const token = hex(rng, 24);
    const domain = nl.from.address.split('@')[1] ?? '';
    const inner = `<h1 style="font-size:20px">${esc(subject)}</h1>\n${rng.shuffle(nl.items).slice(0, 3).map((t) => p(t)).join('\n')}\n`
      + p(`You are receiving this because you subscribed as a member. Unsubscribe: https://${domain}/u/${token}`, 'color:#888;font-size:11px');
    const to = rng.chance(0.5) ? [rng.pick(LAWYERS)] : [...LAWYERS];
    send(ctx, rng, { from: nl.from, subject, body: { contentType: 'html', content: page(inner, subject) }, idStyle: 'generic' },
      to, momentOn(rng, day, ctx.clock.timeZone, 5.5, 8), [
        { name: 'List-Unsubscribe', value: `<mailto:unsubscribe+${token}@${domain}>, <https://${domain}/u/${token}>` },
        { name: 'List-Unsubscribe-Post', value: 'List-Unsubscribe=One-Click' },
        { name: 'List-Id', value: `<${nl.listId}>` },
        { name: 'Precedence', value: 'bulk' },
      ]);
  }
}

export function courtNotices(ctx: Ctx, count: number): void {
  const rng = ctx.rng.fork('court');
  const filed = CLIENTS.filter((c) => c.caption);
  for (const day of spread(rng, ctx.clock.businessDays, count)) {
    const client = rng.pick(filed);
    const atMs = momentOn(rng, day, ctx.clock.timeZone, 8.5, 17.5);
    send(ctx, rng, courtNotice(client, CLIENTS.indexOf(client), atMs, rng), [staffBy(client.lawyer), staffBy('brooks')], atMs,
      [{ name: 'Auto-Submitted', value: 'auto-generated' }]);
  }
}

export function pitches(ctx: Ctx, count: number): void {
  const rng = ctx.rng.fork('pitches');
  for (const [i, day] of spread(rng, ctx.clock.businessDays, count).entries()) {
    const pitch = PITCHES[i % PITCHES.length] ?? PITCHES[0];
    if (!pitch) return;
    const to = pitch.toIntake ? staffBy('intake') : rng.pick(LAWYERS);
    const text = pitch.text.replace('{first}', to.first);
    const style = i % 2 ? 'text' : 'html';
    const body: Notice['body'] = style === 'text' ? { contentType: 'text', content: `${text}\n\nTo stop receiving these emails, reply STOP.\n` }
      : { contentType: 'html', content: page(`${text.split('\n\n').map((t) => p(t)).join('\n')}\n${p('Unsubscribe from future emails', 'font-size:11px;color:#999')}`) };
    send(ctx, rng, { from: pitch.from, subject: pitch.subject, body, idStyle: 'generic' }, [to], momentOn(rng, day, ctx.clock.timeZone, 9, 16));
  }
}
