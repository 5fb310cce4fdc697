// One message in, what it is for the front door out: a voicemail or missed call, a new inquiry, or
// neither; plus whether it expects a reply. Pure, and it never throws: whatever the input, the
// answer is a detection (kind null when nothing could be read).
import { segments } from '../extract/2-segments';
import { transcriptAsks, messageAsks, wordsAsk } from './expects-reply';
import { readInquiry, type InquiryReading } from './inquiry';
import { MAX_SCAN_CHARS, readMessage, type ReadMessage } from './message-text';
import { automatedReason, isSystemSender } from './not-personal';
import { areaFromField, areaFromText } from './practice-area';
import { inquiryTitle, plainTitle, snippetOf, voicemailTitle } from './summary';
import type { DetectableMessage, FirmContext, MessageDetection, PracticeArea } from './types';
import { urgencyOf } from './urgency';
import { readVoicemail, type VoicemailReading } from './voicemail';

const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);

function asVoicemail(v: VoicemailReading, message: DetectableMessage): Omit<MessageDetection, 'automated'> {
  const t = v.caller.transcript;
  const urgency = t ? urgencyOf(t, str(message.sentAt), str(message.timeZone, 'UTC')) : { urgent: false, because: null };
  const area = t ? areaFromText(t) : null;
  return {
    kind: 'voicemail', expectsReply: transcriptAsks(t), caller: v.caller, contact: v.contact,
    practiceArea: area?.area ?? null, urgent: urgency.urgent,
    title: voicemailTitle(v.caller, v.missedCall), snippet: snippetOf(t),
    evidence: [...v.evidence, ...(area ? [`practice area from ${area.because}`] : []), ...(urgency.because ? [`urgent: ${urgency.because}`] : [])],
  };
}

function asInquiry(i: InquiryReading, message: DetectableMessage): Omit<MessageDetection, 'automated'> {
  const fromText = areaFromText(i.words);
  const area: PracticeArea = i.areaField ? areaFromField(i.areaField) : fromText?.area ?? 'other';
  const urgency = urgencyOf(i.words, str(message.sentAt), str(message.timeZone, 'UTC'));
  const areaWhy = i.areaField ? `the form's practice area "${i.areaField}"` : fromText ? fromText.because : 'no practice words (other)';
  return {
    kind: 'inquiry', expectsReply: true, caller: null, contact: i.contact, practiceArea: area, urgent: urgency.urgent,
    title: inquiryTitle(i.contact, area, i.referral), snippet: snippetOf(i.words.replace(/^\s*\n/, '')),
    evidence: [...i.evidence, `practice area from ${areaWhy}`, ...(urgency.because ? [`urgent: ${urgency.because}`] : [])],
  };
}

function asOther(m: ReadMessage, message: DetectableMessage, inquiry: InquiryReading | null, own: string, automated: string | null): Omit<MessageDetection, 'automated'> {
  // A form notification comes from the website's no-reply address; what counts is the visitor's words.
  const auto = inquiry?.form ? null : automated;
  const system = !auto && !inquiry?.form && isSystemSender(m);
  const expectsReply = auto || system ? false
    : inquiry?.form ? wordsAsk(inquiry.words)
    : messageAsks(message, str(message.body).slice(0, MAX_SCAN_CHARS));
  const why = auto ? `no reply expected: ${auto}` : system ? "no reply expected: a service's notice" : expectsReply ? 'asks its recipients for something' : 'asks nothing';
  return {
    kind: null, expectsReply, caller: null, contact: null, practiceArea: null, urgent: false,
    title: plainTitle(m.subject), snippet: snippetOf(inquiry?.form ? inquiry.words : own), evidence: [...(inquiry?.evidence ?? []), why],
  };
}

export function detectMessage(message: DetectableMessage, firm: FirmContext): MessageDetection {
  try {
    const m = readMessage(message ?? ({} as DetectableMessage));
    const firmContext: FirmContext = { domains: Array.isArray(firm?.domains) ? firm.domains : [], isKnownContact: firm?.isKnownContact };
    const own = segments(m.text, m.subject)[0]?.text ?? '';
    const automated = automatedReason(m, own);
    const voicemail = readVoicemail(m, firmContext.domains);
    if (voicemail) return { ...asVoicemail(voicemail, message), automated };
    const inquiry = readInquiry(m, firmContext);
    if (inquiry?.isLead) return { ...asInquiry(inquiry, message), automated };
    return { ...asOther(m, message, inquiry, own, automated), automated };
  } catch (err) {
    // The rules are meant to be total; if one is not, this message is reported, not the scan stopped.
    return {
      kind: null, expectsReply: false, caller: null, contact: null, practiceArea: null, urgent: false,
      title: '(unreadable message)', snippet: '', evidence: [`could not be read: ${err instanceof Error ? err.message.slice(0, 200) : 'unknown error'}`], automated: null,
    };
  }
}
