// Front-door detection: voicemails and missed calls, new inquiries, whether a message expects a
// reply, and whether a sent message is still awaiting one.
export { detectMessage } from './detect-message';
export { awaitingReplyState } from './awaiting-reply';
export type { AwaitingReplyOptions, AwaitingReplyResult, AwaitingReplyState, LaterMessage, SentMessage } from './awaiting-reply';
export { normalizePhone, findPhones, type FoundPhone } from './phone';
export { parseDuration, findDuration } from './duration';
export { parseFields, type Field } from './fields';
export type { FieldKey } from './field-labels';
export { areaFromText, areaFromField, type AreaVerdict } from './practice-area';
export { PRACTICE_AREAS } from './types';
export type {
  Attachment, Caller, Contact, DetectableMessage, DetectedKind, FirmContext, MessageDetection, PracticeArea,
} from './types';
