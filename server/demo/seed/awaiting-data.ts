// The firm asked someone outside for something and nobody answered. The last step of each script is the
// ask; the generator dates it (old or fresh) and sometimes adds an out-of-office auto-reply, which does
// not count as an answer. Each case is tied to one client so the cases read as distinct matters.
import type { Script } from './script';

export interface AwaitingScript extends Script {
  /** First name of the client in CLIENTS. */
  client: string;
}

const one = (id: string, client: string, steps: Script['steps'], topic: string, extra: Partial<Script> = {}): AwaitingScript =>
  ({ id, client, areas: [], topic, steps, ...extra });

export const AWAITING_SCRIPTS: readonly AwaitingScript[] = [
  one('engagement', 'Walter', [
    { by: 'lawyer', to: ['client'], attach: 'Engagement Letter - {cfull}.pdf', text: 'Hi {c},\n\nThank you again for meeting with me. Could you send the signed engagement letter by {day}? Once I have it I will start on the drafts.\n\nBest,\n{me}' },
  ], 'Engagement letter'),
  one('limits', 'Denise', [
    { by: 'lawyer', to: ['other'], text: '{o},\n\nPlease confirm by {day} whether Keystone will tender the policy limits on our client {cfull}\'s claim. If we do not hear back, we will file suit.\n\n{me}' },
  ], 'Claim of {cfull} – policy limits', { withOther: ['tran'] }),
  one('holiday-answer', 'Rachel', [
    { by: 'lawyer', to: ['other'], text: '{o},\n\nCan you tell me whether your client agrees to the revised holiday schedule I sent on {pastdate}? I would like to finalize the consent order this month.\n\n{me}' },
  ], '{caption} – revised holiday schedule', { withOther: ['feld'] }),
  one('passport', 'Amara', [
    { by: 'lawyer', to: ['client'], text: 'Hi {c},\n\nCould you send me copies of every page of your passport and your most recent I-94 record this week? I need them to finish your application.\n\nThank you,\n{me}' },
  ], 'Passport pages and I-94'),
  one('providers', 'Terrence', [
    { by: 'para', to: ['client'], attach: 'Medical Provider List.docx', text: 'Hi {c},\n\nWould you fill out the attached list of every doctor and clinic you have seen since the accident and send it back to me? We need it to request your records.\n\nThank you,\n{me}' },
  ], 'Your medical providers'),
  one('production', 'Angela', [
    { by: 'lawyer', to: ['other'], cc: ['para'], text: '{o},\n\nYour client\'s responses to our first request for production were due on {pastdate}. When can we expect them? I would like to avoid a motion to compel.\n\n{me}' },
  ], '{caption} – overdue discovery responses', { withOther: ['vance'] }),
  one('trustee', 'Bernard', [
    { by: 'client', to: ['lawyer'], text: 'Hi {l},\n\nI am ready to move ahead with the trust changes we talked about. What do you need from me?\n\n{c}' },
    { by: 'lawyer', to: ['client'], text: 'Hi {c},\n\nGood to hear. Have you decided who you want to name as successor trustee? Let me know so I can finish the amendment.\n\n{me}' },
  ], 'Trust amendment'),
  one('bodycam', 'Malik', [
    { by: 'lawyer', to: ['other'], text: '{o},\n\nThe discovery index in {caption} lists body-worn camera footage from two officers, but we received only one file. Could you send the second officer\'s footage?\n\n{me}' },
  ], '{caption} – missing body camera footage', { withOther: ['duarte'] }),
  one('paystubs', 'Simone', [
    { by: 'client', to: ['lawyer'], text: 'Hi {l},\n\nWhat do I need for the financial statement you mentioned on the phone?\n\n{c}' },
    { by: 'lawyer', to: ['client'], text: 'Hi {c},\n\nFor the financial statement, can you send me your last three pay stubs and your 2025 W-2? The statement is due to the court soon.\n\n{me}' },
  ], 'Financial statement'),
  one('records-status', 'Luis', [
    { by: 'para', to: ['other'], text: 'Hello,\n\nI am following up on our records request for {cfull}, sent with a signed authorization on {pastdate}. Could you tell me when we can expect the records?\n\nThank you,\n{me}' },
  ], 'Records request – {cfull}', { fixedOther: 'records' }),
  one('mediation-dates', 'Kevin', [
    { by: 'lawyer', to: ['other'], text: 'Judge Pruitt,\n\nThe parties in {caption} would like to schedule a half-day mediation. Could you send us your available dates in the next two months?\n\n{me}' },
  ], 'Mediation dates – {caption}', { fixedOther: 'pruitt' }),
  one('call-me', 'Carla', [
    { by: 'client', to: ['lawyer'], text: 'Hi, I got the notice for my hearing. Do I need to do anything?\n\n{c}' },
    { by: 'lawyer', to: ['client'], text: 'Hi {c},\n\nPlease call me or reply with a good time to talk before your hearing. There are a couple of things we need to go over.\n\n{me}' },
  ], 'Hearing notice'),
  one('settlement-statement', 'Patricia', [
    { by: 'lawyer', to: ['other'], cc: ['client'], text: '{o},\n\nCould you send the draft settlement statement for the estate\'s sale so I can review it with the personal representative?\n\n{me}' },
  ], 'Estate sale – draft settlement statement', { withOther: ['greer'] }),
  one('primary-care', 'Angela', [
    { by: 'lawyer', to: ['client'], text: 'Hi {c},\n\nCan you confirm the name of your primary care doctor and the date of your last visit before the accident? The insurer is asking.\n\n{me}' },
  ], 'Primary care doctor'),
  one('settle-call', 'Gloria', [
    { by: 'lawyer', to: ['other'], text: '{o},\n\nWould your client be open to a call next week about resolving the will contest? I am free Tuesday or Wednesday afternoon.\n\n{me}' },
  ], '{caption} – settlement call', { withOther: ['marsh'] }),
  one('address', 'Diego', [
    { by: 'client', to: ['lawyer'], text: 'Hello {l}, I am moving to a new apartment next month. Does that matter for my case?\n\n{c}' },
    { by: 'lawyer', to: ['client'], text: 'Hi {c},\n\nIt does. Can you confirm the new address and the date you move? USCIS must have it within ten days, and I will file the change for you.\n\n{me}' },
  ], 'Moving'),
  one('witnesses', 'Jordan', [
    { by: 'lawyer', to: ['client'], text: 'Hi {c},\n\nCould you send me the names and phone numbers of the two friends who were with you that night? I want to talk to them before the motions hearing.\n\n{me}' },
  ], 'Witnesses'),
  one('signature-page', 'Meilin', [
    { by: 'lawyer', to: ['client'], attach: 'I-130 signature page.pdf', text: 'Hi {c},\n\nCould you ask your husband to sign the two places flagged on the attached page and send me a scan? USCIS rejects the form without his signature.\n\n{me}' },
  ], 'I-130 signature page'),
];
