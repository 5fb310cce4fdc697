// Calls that reached voicemail or rang out, as the notification emails the firm's phone systems send:
// Teams (lawyers' direct lines and the intake auto attendant) and hosted systems on the main line.
import { post, type Ctx } from './ctx';
import { LAWYERS, staffBy, type Staff } from './firm-data';
import { toGraph, transitMs } from './message';
import { cnam, prospect, type Prospect } from './names';
import { CLIENTS, type Client } from './parties-data';
import type { Rng } from './rng';
import { momentOn } from './schedule';
import type { LocalDate } from './time';
import { CLIENT_CALLS, PROSPECT_CALLS } from './voicemail-data';
import { teamsMissedCall, teamsVoicemail } from './voicemail-teams';
import type { Call, Notice } from './notice';
import { dialpad, eightByEight, nextiva, ringCentral, vonage, zoomPhone } from './voicemail-vendors';

export type Channel = 'teams' | 'teams-um' | 'missed' | 'ringcentral' | 'zoom' | 'dialpad' | 'dialpad-missed' | '8x8'
  | 'vonage' | 'vonage-missed' | 'nextiva';

/** Rotation over channels, Teams most common; every channel appears within 16 calls. */
export const CHANNELS: readonly Channel[] = ['teams', 'ringcentral', 'missed', 'zoom', 'teams', 'dialpad', 'vonage',
  'teams-um', 'nextiva', 'teams', '8x8', 'dialpad-missed', 'ringcentral', 'vonage-missed', 'teams', 'missed'];

export function notice(channel: Channel, call: Call, domain: string): Notice {
  switch (channel) {
    case 'teams': return teamsVoicemail(call, domain);
    case 'teams-um': return teamsVoicemail(call, domain, false);
    case 'missed': return teamsMissedCall(call, domain);
    case 'ringcentral': return ringCentral(call);
    case 'zoom': return zoomPhone(call);
    case 'dialpad': return dialpad(call);
    case 'dialpad-missed': return dialpad(call, true);
    case '8x8': return eightByEight(call);
    case 'vonage': return vonage(call);
    case 'vonage-missed': return vonage(call, true);
    case 'nextiva': return nextiva(call);
  }
}

const isMissed = (c: Channel) => c === 'missed' || c.endsWith('-missed');

/** Existing clients' numbers: 443-555-0160 onward, apart from every prospect's. */
export const clientPhone = (c: Client): string => `44355501${60 + CLIENTS.indexOf(c)}`;

export function boxOf(s: Staff, main: boolean): Call['box'] {
  const ext = s.person.signature?.match(/555-01(\d\d)/)?.[1] ?? '00';
  return { name: s.person.name, address: s.person.address, line: main ? 'Main Line' : `${s.person.name} (Direct)`,
    ext: `1${ext}`, timeZone: s.person.timeZone };
}

/** A prospect's call: what they say, or nothing when the call rang out. */
export function prospectCall(rng: Rng, who: Prospect, channel: Channel, atMs: number, box: Call['box']): Call {
  const said = rng.pick(PROSPECT_CALLS);
  const transcript = isMissed(channel) ? undefined : said.text.replace('{name}', who.name).replace('{phone}', who.phone.replace(/(\d{3})(\d{3})(\d{4})/, '$1 $2 $3'));
  const seconds = transcript ? Math.round(transcript.split(' ').length / 2.6) + rng.int(2, 9) : 0;
  const call: Call = { cnam: cnam(rng, who), phone: who.phone, seconds, urgent: said.urgent && !isMissed(channel), atMs, box };
  if (transcript) call.transcript = transcript;
  return call;
}

/** When a call comes in: mostly office hours, a good share in the evening and at weekends. */
function callTime(rng: Rng, day: LocalDate, tz: string): number {
  const weekend = day.dow === 0 || day.dow === 6;
  if (weekend) return momentOn(rng, day, tz, 9, 20);
  if (rng.chance(0.65)) return momentOn(rng, day, tz, 8, 18);
  return rng.chance(0.3) ? momentOn(rng, day, tz, 6.5, 8) : momentOn(rng, day, tz, 18, 21.5);
}

/** `count` calls; returns the prospects who called, so some of them can also fill in the web form. */
export function voicemails(ctx: Ctx, count: number): Prospect[] {
  const rng = ctx.rng.fork('voicemails');
  const domain = staffBy('intake').person.address.split('@')[1] ?? '';
  const callers: Prospect[] = [];
  for (let i = 0; i < count; i++) {
    const channel = CHANNELS[i % CHANNELS.length] ?? 'teams';
    const teams = channel === 'teams' || channel === 'teams-um' || channel === 'missed';
    const owner = teams && rng.chance(0.6) ? rng.pick(LAWYERS) : staffBy(teams || rng.chance(0.7) ? 'intake' : 'reception');
    const box = boxOf(owner, owner.role === 'intake' || owner.role === 'reception');
    let atMs = callTime(rng, rng.pick(ctx.clock.days), ctx.clock.timeZone);
    if (atMs > ctx.clock.nowMs - 60_000 || atMs < ctx.clock.startMs) atMs = ctx.clock.nowMs - rng.int(2, 40) * 3_600_000;
    const client = owner.role !== 'intake' && owner.role !== 'reception' && rng.chance(0.4)
      ? rng.pick(CLIENTS.filter((c) => c.lawyer === owner.key)) : undefined;
    let call: Call;
    if (client) {
      const phone = clientPhone(client);
      const words = rng.pick(CLIENT_CALLS).replace('{lawyer}', owner.first).replace('{name}', client.person.name).replace('{phone}', phone.replace(/(\d{3})(\d{3})(\d{4})/, '$1 $2 $3'));
      call = { name: client.person.name, cnam: client.person.name.toUpperCase(), phone, seconds: isMissed(channel) ? 0 : rng.int(14, 40), urgent: false, atMs, box };
      if (!isMissed(channel)) call.transcript = words;
    } else {
      const who = prospect(rng, i);
      callers.push(who);
      call = prospectCall(rng, who, channel, atMs, box);
    }
    const n = notice(channel, call, domain);
    const sentMs = atMs + rng.int(5, 45) * 1000;
    post(ctx, toGraph({ ...n, to: [{ name: box.name, address: box.address }], sentMs, receivedMs: sentMs + transitMs(rng, false),
      conversationId: ctx.ids.conversationId(), internetMessageId: ctx.ids.messageId(n.idStyle, n.from.address.split('@')[1] ?? domain) }), 'voicemails');
  }
  return callers;
}
