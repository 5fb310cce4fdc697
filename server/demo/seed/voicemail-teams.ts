// Microsoft's own call notices: Teams / Exchange Unified Messaging voicemail (message class
// IPM.Note.Microsoft.Voicemail.UM[.CA], audio.mp3, X-CallingTelephoneNumber etc.) and missed calls
// (IPM.Note.Microsoft.Missed.Voice). Wording is ours; the class values and headers follow [MS-OXOUM].
import { clock12 } from './datefmt';
import { esc } from './html';
import { e164, teamsNumber } from './names';
import { wallParts } from './time';
import type { Call, Notice } from './notice';

// The system mailbox Exchange sends UM mail from; a fixed hex id per tenant.
const umSender = (domain: string) => ({ name: 'Microsoft Outlook', address: `MicrosoftExchange7b31c0d94e2a4f6b8d15e9a2c4f0b817@${domain}` });

function umHeaders(call: Call): Notice['headers'] {
  return [
    { name: 'X-CallingTelephoneNumber', value: e164(call.phone) },
    { name: 'X-VoiceMessageDuration', value: String(call.seconds) },
    { name: 'X-VoiceMessageSenderName', value: call.name ?? teamsNumber(call.phone) },
    { name: 'X-AttachmentOrder', value: 'audio.mp3' },
  ];
}

export function teamsVoicemail(call: Call, domain: string, callAnswering = true): Notice {
  const who = call.name ? `${call.name} (${teamsNumber(call.phone)})` : teamsNumber(call.phone);
  const transcript = call.transcript
    ? `<p><b>Transcription:</b><br>\n${esc(call.transcript)}</p>\n<p style="color:#666;font-size:9pt">Transcribed automatically; the text may contain errors.</p>`
    : '<p>No transcription is available for this message.</p>';
  return {
    from: call.name ? { name: call.name, address: umSender(domain).address } : umSender(domain),
    subject: `Voice Mail (${call.seconds} seconds)`,
    body: { contentType: 'html', content: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n<p>You received a voice mail from ${esc(who)}.</p>\n${transcript}\n</body></html>\n` },
    headers: umHeaders(call),
    messageClass: callAnswering ? 'IPM.Note.Microsoft.Voicemail.UM.CA' : 'IPM.Note.Microsoft.Voicemail.UM',
    attachments: [{ name: 'audio.mp3', contentType: 'audio/mpeg', size: 6_000 + call.seconds * 4_100 }],
    importance: call.urgent ? 'high' : 'normal',
    idStyle: 'exchange',
  };
}

export function teamsMissedCall(call: Call, domain: string): Notice {
  const w = wallParts(call.atMs, call.box.timeZone);
  const who = call.name ?? teamsNumber(call.phone);
  return {
    from: umSender(domain),
    subject: `Missed call from ${who}`,
    body: { contentType: 'html', content: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n<p>You missed a call from ${
      esc(who)}${call.name ? ` (${esc(teamsNumber(call.phone))})` : ''} at ${clock12(w.hour, w.minute)}.</p>\n<p>The caller did not leave a message.</p>\n</body></html>\n` },
    headers: [{ name: 'X-CallingTelephoneNumber', value: e164(call.phone) }, { name: 'X-VoiceMessageSenderName', value: who }],
    messageClass: 'IPM.Note.Microsoft.Missed.Voice',
    idStyle: 'exchange',
  };
}
