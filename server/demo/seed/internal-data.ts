// Mail inside the firm: FYIs, thanks, hand-offs. Internal asks here are answered; the awaiting-reply
// cases are all about people outside the firm.
import type { Script } from './script';

const ALL = ['pi', 'family', 'criminal', 'estate', 'immigration'] as const;

export const INTERNAL_SCRIPTS: readonly Script[] = [
  { id: 'hearing-moved', areas: [...ALL], topic: 'FYI – {matter} hearing moved', steps: [
    { by: 'lawyer', to: ['para'], text: '{p},\n\nFYI, the court moved the {matter} hearing to {date}. Please update the calendar and let {c} know.\n\n{me}' },
    { by: 'para', to: ['lawyer'], gap: [0.3, 3], text: 'Done. The calendar is updated and {c} has been told.\n\n{me}' },
  ] },
  { id: 'filed', areas: [...ALL], topic: 'Filed – {matter}', steps: [
    { by: 'para', to: ['lawyer'], text: 'FYI, the {signdoc} in {matter} was filed this morning and served on the other side. The stamped copy is in the file.\n\n{me}' },
    { by: 'lawyer', to: ['para'], gap: [0.2, 4], text: 'Thanks, {p}!\n\n{me}' },
  ] },
  { id: 'good-result', areas: [...ALL], partnerOnly: true, topic: 'Good news on {matter}', steps: [
    { by: 'lawyer', to: ['assoc', 'para'], text: 'Good news: we got the result we wanted in {matter} today. Thank you both for the work that went into it.\n\n{me}' },
    { by: 'assoc', to: ['lawyer'], cc: ['para'], gap: [0.2, 3], text: 'Great news. Nice work!\n\n{me}' },
  ] },
  { id: 'coverage', areas: [...ALL], partnerOnly: true, topic: 'Out Friday afternoon', steps: [
    { by: 'assoc', to: ['lawyer'], cc: ['para'], text: '{l},\n\nI am out Friday afternoon for a doctor\'s appointment. {p} has the {matter} file if anything comes in.\n\n{me}' },
    { by: 'lawyer', to: ['assoc'], gap: [0.5, 5], text: 'No problem, thanks for the heads up.\n\n{me}' },
  ] },
  { id: 'thanks', areas: [...ALL], topic: 'Thank you', steps: [
    { by: 'lawyer', to: ['para'], text: '{p},\n\nThank you for pulling the {matter} exhibits together so quickly yesterday. It made the hearing much easier.\n\n{me}' },
  ] },
  { id: 'consult', areas: [...ALL], topic: 'New consultation booked', steps: [
    { by: 'intake', to: ['lawyer'], text: '{l},\n\nA new consultation is booked for {day} at 10:00. The intake notes are in the shared folder, and the conflict check came back clear.\n\nIntake team' },
    { by: 'lawyer', to: ['intake'], gap: [0.5, 6], text: 'Thanks, I will read the notes beforehand.\n\n{me}' },
  ] },
  { id: 'review-draft', areas: [...ALL], partnerOnly: true, topic: 'Draft for review – {matter}', steps: [
    { by: 'assoc', to: ['lawyer'], text: '{l},\n\nThe draft {signdoc} for {matter} is in the folder for your review. Could you look at it by {day}?\n\n{me}' },
    { by: 'lawyer', to: ['assoc'], gap: [2, 20], text: 'Looks good. I made two small edits in the draft; go ahead and send it.\n\n{me}' },
  ] },
];
