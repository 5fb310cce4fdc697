// Notification emails from hosted phone systems. Each vendor has its own subject pattern and labelled
// fields (invented here, in the spirit of the real ones), so detection cannot lean on one format.
import { clock12 } from './datefmt';
import { fieldTable, p, page } from './html';
import { dashed, national } from './names';
import { DAY_NAMES, MONTH_NAMES, wallParts } from './time';
import type { Call, Notice } from './notice';

const mmss = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
const two = (n: number) => String(n).padStart(2, '0');
const text = (content: string): Notice['body'] => ({ contentType: 'text', content });
const html = (content: string): Notice['body'] => ({ contentType: 'html', content });
const audio = (name: string, call: Call, type = 'audio/mpeg') => [{ name, contentType: type, size: 5_000 + call.seconds * 4_000 }];

function when(call: Call) {
  const w = wallParts(call.atMs, call.box.timeZone);
  const day = DAY_NAMES[w.dow] ?? '';
  const month = MONTH_NAMES[w.m - 1] ?? '';
  return {
    long: `${day}, ${month} ${w.d}, ${w.y} at ${clock12(w.hour, w.minute)}`,
    slash: `${two(w.m)}/${two(w.d)}/${w.y} ${clock12(w.hour, w.minute).padStart(8, '0')}`,
    short: `${month.slice(0, 3)} ${w.d}, ${w.y} ${clock12(w.hour, w.minute)}`,
    iso: `${w.y}-${two(w.m)}-${two(w.d)} ${two(w.hour)}:${two(w.minute)}`,
    stamp: `${w.y}${two(w.m)}${two(w.d)}_${two(w.hour)}${two(w.minute)}`,
  };
}

export function ringCentral(call: Call): Notice {
  const t = when(call);
  const body = `You have a new voice message.\n\nFrom: ${call.cnam} ${national(call.phone)}\nTo: ${call.box.line} (ext. ${call.box.ext})\n`
    + `Received: ${t.long}\nDuration: 00:${two(Math.floor(call.seconds / 60))}:${two(call.seconds % 60)}\n\n`
    + (call.transcript ? `Voicemail preview (transcribed):\n${call.transcript}\n\n` : '')
    + 'The recording is attached. You can also play it from Messages in the RingCentral app.\n\nManage these emails under Settings > Notifications.\n';
  return { from: { name: 'RingCentral', address: 'notify@ringcentral.example' },
    subject: `Voice message from ${national(call.phone)} to ${call.box.line}`, body: text(body),
    attachments: audio(`VoiceMessage_${t.stamp}.mp3`, call), idStyle: 'generic' };
}

export function zoomPhone(call: Call): Notice {
  const t = when(call);
  const rows: [string, string][] = [['Caller', call.name ?? call.cnam], ['Caller Number', national(call.phone)],
    ['Received', t.short], ['Duration', mmss(call.seconds)], ['Mailbox', call.box.line]];
  const inner = `<h2 style="font-size:18px">New voicemail</h2>\n${fieldTable(rows)}\n`
    + (call.transcript ? `<h3 style="font-size:15px">Transcript</h3>\n${p(call.transcript)}\n` : '')
    + p('Open Zoom Workplace > Phone > Voicemail to listen.', 'color:#747487;font-size:12px');
  return { from: { name: 'Zoom', address: 'no-reply@zoom.example' },
    subject: `You have a new voicemail from ${call.name ?? national(call.phone)}`, body: html(page(inner, 'Zoom Phone')), idStyle: 'generic' };
}

export function dialpad(call: Call, missed = false): Notice {
  const who = call.name ?? national(call.phone);
  const inner = missed
    ? `${p(`Missed call from ${who}`, 'font-size:18px;font-weight:bold')}\n${p(`${national(call.phone)} called ${call.box.line} on ${when(call).short} and did not leave a voicemail.`)}\n${p('Call back from the Dialpad app.')}`
    : `${p(who, 'font-size:18px;font-weight:bold')}\n${p(`${national(call.phone)} left a ${mmss(call.seconds)} voicemail for ${call.box.line}`)}\n`
      + `${call.transcript ? `<p><b>Transcript</b><br>\u201C${call.transcript}\u201D</p>` : ''}\n${p('Listen in Dialpad')}`;
  return { from: { name: 'Dialpad', address: 'notifications@dialpad.example' },
    subject: missed ? `Missed call from ${who}` : `New voicemail from ${who} (${mmss(call.seconds)})`, body: html(page(inner, 'Dialpad')), idStyle: 'generic' };
}

export function eightByEight(call: Call): Notice {
  const body = `Mailbox: ${call.box.ext} (${call.box.line})\nCaller ID: ${call.cnam} <${dashed(call.phone)}>\nDate: ${when(call).slash}\n`
    + `Length: ${call.seconds} sec\n\nThe voice message is attached as a WAV file.\n\n-- 8x8 Work Voicemail\n`;
  return { from: { name: '8x8 Voicemail', address: 'voicemail@8x8.example' },
    subject: `8x8 Voicemail: new message from ${dashed(call.phone)}`, body: text(body),
    attachments: audio('msg0001.wav', call, 'audio/wav'), idStyle: 'generic' };
}

export function vonage(call: Call, missed = false): Notice {
  const t = when(call);
  const head = `Hello ${call.box.name},\n\n`;
  const body = missed
    ? `${head}You missed a call.\n\nFrom: ${national(call.phone)}\nCaller Name: ${call.cnam}\nTo: ${call.box.line}\nDate/Time: ${t.short}\n\nVonage Business\n`
    : `${head}You have a new voicemail.\n\nFrom: ${national(call.phone)}\nCaller Name: ${call.cnam}\nDate/Time: ${t.short}\nDuration: ${mmss(call.seconds)}\n\n`
      + `${call.transcript ? `Transcription: ${call.transcript}\n\n` : ''}The message is attached.\n\nVonage Business\n`;
  return { from: { name: 'Vonage Business', address: 'noreply@vonage.example' },
    subject: missed ? `Missed Call Notification: ${national(call.phone)}` : `New Voicemail Message from ${national(call.phone)}`,
    body: text(body), attachments: missed ? [] : audio(`voicemail-${t.stamp}.mp3`, call), idStyle: 'generic' };
}

export function nextiva(call: Call): Notice {
  const rows: [string, string][] = [['Caller Name', call.name ?? call.cnam], ['Caller Number', dashed(call.phone)],
    ['Extension', `${call.box.ext} - ${call.box.line}`], ['Date', when(call).iso], ['Length (sec)', String(call.seconds)]];
  const inner = `${p('You have a new voicemail message.', 'font-size:16px')}\n${fieldTable(rows)}\n`
    + (call.transcript ? `<p><b>Message Transcription:</b><br>${call.transcript.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>\n` : '');
  return { from: { name: 'Nextiva', address: 'voicemail@nextiva.example' },
    subject: `Nextiva Voicemail - ${call.name ?? dashed(call.phone)}`, body: html(page(inner, 'Nextiva')),
    attachments: audio('voicemail.wav', call, 'audio/wav'), idStyle: 'generic' };
}
