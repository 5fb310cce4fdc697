// Threads with the other side and third parties (defense counsel, adjusters, prosecutors, title, records,
// mediators). Every ask in them gets its answer before the thread ends.
import type { Script } from './script';

export const OTHER_SCRIPTS: readonly Script[] = [
  { id: 'depo', areas: ['pi'], withOther: ['vance', 'pell'], topic: '{caption} – deposition of plaintiff', steps: [
    { by: 'other', to: ['lawyer'], text: '{l},\n\nWe would like to take your client\'s deposition. Do any of these dates work on your side: {dates}? We will host at our office.\n\nRegards,\n{o}' },
    { by: 'lawyer', to: ['other'], cc: ['para'], text: '{o},\n\n{date} works for us. Please send the notice and we will plan to start at 10.\n\n{me}' },
    { by: 'other', to: ['lawyer'], cc: ['para'], attach: 'Notice of Deposition - {cfull}.pdf', text: 'Notice attached. See you then.\n\n{o}' },
  ] },
  { id: 'extension', areas: ['pi', 'family'], withOther: ['vance', 'pell', 'feld', 'bishop'], topic: '{caption} – discovery extension', steps: [
    { by: 'lawyer', to: ['other'], text: '{o},\n\nWe are asking for a 14-day extension of our client\'s responses to your first set of interrogatories, to {date}. Would you consent?\n\nThanks,\n{me}' },
    { by: 'other', to: ['lawyer'], text: 'No objection. Send me a stipulation and I will sign it.\n\n{o}' },
    { by: 'lawyer', to: ['other'], attach: 'Stipulation to Extend.docx', gap: [1, 6], text: '{o},\n\nThe stipulation is attached, signed on our side. Please countersign and send it back.\n\n{me}' },
    { by: 'other', to: ['lawyer'], attach: 'Stipulation to Extend - signed.pdf', text: 'Signed copy attached.\n\n{o}' },
  ] },
  { id: 'demand', areas: ['pi'], withOther: ['tran'], topic: 'Claim of {cfull}', steps: [
    { by: 'lawyer', to: ['other'], text: '{o},\n\nFollowing up on the demand package we sent on {pastdate} for our client, {cfull}. When can we expect Keystone\'s response?\n\n{me}' },
    { by: 'other', to: ['lawyer'], text: 'Hello {l},\n\nI am reviewing the file with my manager now. You should have our response by the end of next week.\n\n{o}' },
    { by: 'lawyer', to: ['other'], gap: [0.5, 4], text: 'Thanks for the update, {o}.\n\n{me}' },
  ] },
  { id: 'holiday-plan', areas: ['family'], withOther: ['feld', 'bishop'], topic: '{caption} – holiday schedule', steps: [
    { by: 'other', to: ['lawyer'], attach: 'Proposed Holiday Schedule.docx', text: '{l},\n\nAttached is my client\'s proposed holiday and summer schedule. Please let me know your client\'s position.\n\nRegards,\n{o}' },
    { by: 'lawyer', to: ['other'], text: '{o},\n\nThank you. I am reviewing it with {c} and will respond by {day}.\n\n{me}' },
    { by: 'lawyer', to: ['other'], gap: [20, 50], text: '{o},\n\nMy client accepts the proposal with one change: the children stay with her through New Year\'s Day in odd years. Let me know if that works.\n\n{me}' },
    { by: 'other', to: ['lawyer'], text: 'That works. I will prepare the consent order and circulate it.\n\n{o}' },
  ] },
  { id: 'plea', areas: ['criminal'], withOther: ['duarte'], topic: '{caption} – plea offer', steps: [
    { by: 'other', to: ['lawyer'], text: 'Counsel,\n\nIn {caption}, the State will offer probation before judgment with one year of supervised probation, on condition that your client completes an alcohol education program. The offer is open until {date}.\n\n{o}' },
    { by: 'lawyer', to: ['other'], text: '{o},\n\nThank you. I will review the offer with my client and get back to you before then.\n\n{me}' },
    { by: 'lawyer', to: ['other'], gap: [20, 60], text: '{o},\n\nMy client accepts the offer. Can you confirm the plea will be entered on the trial date, {date2}?\n\n{me}' },
    { by: 'other', to: ['lawyer'], text: 'Confirmed. I have noted it in the file.\n\n{o}' },
  ] },
  { id: 'title', areas: ['estate'], withOther: ['greer'], topic: 'Estate sale – documents for payoff', steps: [
    { by: 'other', to: ['lawyer'], cc: ['para'], text: 'Good morning,\n\nFor the estate\'s sale of the house we need copies of the letters of administration and the personal representative\'s ID before we can order the payoff. Could you send those over?\n\nThanks,\n{o}' },
    { by: 'para', to: ['other'], cc: ['lawyer'], attach: 'Letters of Administration.pdf', text: 'Hi {o},\n\nBoth are attached. Let us know if the title company needs anything else.\n\n{me}' },
    { by: 'other', to: ['para'], text: 'Received, thank you. We are all set for now.\n\n{o}' },
  ] },
  { id: 'records', areas: ['pi'], fixedOther: 'records', topic: 'Records request – {cfull}', steps: [
    { by: 'para', to: ['other'], attach: 'HIPAA Authorization - {cfull}.pdf', text: 'Hello,\n\nAttached is a signed authorization for our client, {cfull}. Please send the complete medical and billing records from the date of the accident to the present.\n\nThank you,\n{me}' },
    { by: 'other', to: ['para'], attach: 'Records_{cfull}.pdf', gap: [24, 70], text: 'The records are attached. An invoice for the copying fee will follow by mail.\n\n{o}' },
    { by: 'para', to: ['other'], text: 'Received, thank you.\n\n{me}' },
  ] },
  { id: 'mediation', areas: ['pi', 'family'], fixedOther: 'pruitt', topic: 'Mediation confirmation – {caption}', steps: [
    { by: 'other', to: ['lawyer'], text: 'Counsel,\n\nThis confirms the mediation in {caption} on {date} from 10:00 AM to 2:00 PM at our Towson office. Mediation statements are due two business days before.\n\n{o}' },
    { by: 'lawyer', to: ['other'], text: 'Thank you, Judge Pruitt. Confirmed on our side; our statement will arrive by the deadline.\n\n{me}' },
  ] },
  { id: 'protective-order', areas: ['estate'], withOther: ['marsh'], topic: '{caption} – confidentiality order', steps: [
    { by: 'other', to: ['lawyer'], attach: 'Draft Confidentiality Order.docx', text: '{l},\n\nMy client will produce the documents you asked for once we agree on a confidentiality order. A draft is attached.\n\n{o}' },
    { by: 'lawyer', to: ['other'], attach: 'Draft Confidentiality Order - HM comments.docx', text: '{o},\n\nThe draft is mostly fine. I marked two changes in the attached. If you accept them, we can sign.\n\n{me}' },
    { by: 'other', to: ['lawyer'], attach: 'Confidentiality Order - signed.pdf', text: 'Your changes are fine. Signed version attached.\n\n{o}' },
  ] },
];
