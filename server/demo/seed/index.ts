// The demo firm seed: a deterministic Microsoft Graph v1.0 data set (mailboxes, messages as Graph message
// JSON, calendar events) that the local Graph emulator serves when no Microsoft 365 tenant is configured,
// and what a correct scan of it finds. Pure functions: time comes in as `now`, randomness from `seed`.
export type {
  DateTimeTimeZone, DemoEventSeed, DemoExpectations, DemoFirm, DemoMailbox, EmailAddress, GraphMessageSeed, MailboxRole, Recipient, SeedItem,
} from './types';
export { demoFirm } from './firm';
export { arrivingInquiry, arrivingVoicemail } from './arriving';
export { bulkMailbox } from './bulk';
export { AWAITING_REPLY_BUSINESS_DAYS, businessDaysSince } from './awaiting';
