// Everyday client threads. Each ends with the client's reply or with a firm message that asks nothing,
// so none of them is awaiting a reply (the awaiting cases live in awaiting-data.ts).
import type { Script } from './script';

const ALL = ['pi', 'family', 'criminal', 'estate', 'immigration'] as const;

export const CLIENT_SCRIPTS: readonly Script[] = [
  { id: 'status', areas: [...ALL], topic: '{matter}', steps: [
    { by: 'client', to: ['lawyer'], text: 'Hi {l},\n\nJust checking in to see where things stand. Has anything happened since we last talked?\n\nThanks,\n{c}' },
    { by: 'lawyer', to: ['client'], text: 'Hi {c},\n\nThanks for checking in. {update}\n\nI will let you know as soon as there is news.\n\nBest,\n{me}' },
    { by: 'client', to: ['lawyer'], text: 'Thank you, that is good to know.\n\n{c}' },
  ] },
  { id: 'docs', areas: [...ALL], topic: 'Documents we need – {matter}', steps: [
    { by: 'lawyer', to: ['client'], cc: ['para'], text: 'Hi {c},\n\nTo keep things moving, could you send me {doc} by {day}? A clear photo from your phone is fine.\n\nThank you,\n{me}' },
    { by: 'client', to: ['lawyer'], cc: ['para'], attach: 'Scan_{c}.pdf', text: 'Hi {l},\n\nAttached. Let me know if anything is missing or hard to read.\n\n{c}' },
    { by: 'para', to: ['client'], cc: ['lawyer'], gap: [1, 6], text: 'Hi {c},\n\nWe received everything, thank you. I saved it to your file.\n\nBest,\n{me}' },
  ] },
  { id: 'call', areas: [...ALL], topic: 'Quick call this week?', steps: [
    { by: 'client', to: ['lawyer'], text: 'Hi {l},\n\nCould we find time this week to talk through {topic}? Afternoons are easiest for me.\n\n{c}' },
    { by: 'lawyer', to: ['client'], text: 'Hi {c},\n\nOf course. Would {day} at 2:00 work? I will call your cell.\n\n{me}' },
    { by: 'client', to: ['lawyer'], gap: [1, 5], text: '{day} at 2 is perfect. Talk to you then.\n\n{c}' },
  ] },
  { id: 'invoice', areas: [...ALL], topic: 'Question about my invoice', steps: [
    { by: 'client', to: ['lawyer'], text: 'Hi {l},\n\nI got this month\'s invoice and had a question about the charge on the 6th. I was not sure what the 1.2 hours covered. Could someone explain it?\n\nThanks,\n{c}' },
    { by: 'para', to: ['client'], cc: ['lawyer'], text: 'Hi {c},\n\n{l} asked me to answer this one. That entry was for reviewing the documents the other side produced and writing a summary of them for your file. I am happy to send the itemized detail if that would help.\n\nBest regards,\n{me}' },
    { by: 'client', to: ['para'], text: 'That makes sense. Thanks for explaining.\n\n{c}' },
  ] },
  { id: 'sign', areas: [...ALL], topic: '{signdoc} for signature', steps: [
    { by: 'lawyer', to: ['client'], attach: '{signdoc}.pdf', text: 'Hi {c},\n\nAttached is the {signdoc} for your signature. Please sign where the flags are and send it back to me by {day}.\n\nThank you,\n{me}' },
    { by: 'client', to: ['lawyer'], attach: 'signed.pdf', text: 'Signed and attached.\n\n{c}' },
    { by: 'lawyer', to: ['client'], gap: [1, 4], text: 'Got it, thank you, {c}. Nothing else is needed from you right now.\n\n{me}' },
  ] },
  { id: 'bills', areas: ['pi'], topic: 'Another medical bill', steps: [
    { by: 'client', to: ['lawyer'], attach: 'IMG_{c}_bill.jpg', text: 'Hi {l},\n\nAnother bill came in the mail today, this one from the orthopedic office for my follow-up. Photo attached. I also have two more physical therapy sessions next week.\n\n{c}' },
    { by: 'lawyer', to: ['client'], cc: ['para'], text: 'Thanks, {c}. I added it to the damages list, and it will be part of the demand.\n\n{me}' },
  ] },
  { id: 'swap', areas: ['family'], topic: 'Swapping weekends', steps: [
    { by: 'client', to: ['lawyer'], text: 'Hi {l},\n\nMy ex asked to swap weekends so the kids can be with her family for the holiday. If I say yes, does that cause a problem with the order? I do not want to give her something to use against me later.\n\n{c}' },
    { by: 'lawyer', to: ['client'], text: 'Hi {c},\n\nYou can agree to a one-time swap; it does not change the order. Put it in writing (a text or an email is fine), say that it is a one-time change for the holiday, and keep a copy.\n\n{me}' },
    { by: 'client', to: ['lawyer'], text: 'Ok, that is easy. Thank you!\n\n{c}' },
  ] },
  { id: 'court-date', areas: ['criminal'], topic: 'Your next court date', steps: [
    { by: 'lawyer', to: ['client'], text: 'Hi {c},\n\nA reminder that your next court date is {date} at 9:00 AM at the District Court in Towson, Courtroom 4. Plan to arrive by 8:30 and bring the paperwork from the MVA.\n\n{me}' },
    { by: 'client', to: ['lawyer'], text: 'Thanks, I will be there. Is there anything else I should bring? And should I dress up?\n\n{c}' },
    { by: 'lawyer', to: ['client'], gap: [1, 5], text: 'Just the MVA paperwork and your ID. Business casual is fine. I will meet you outside the courtroom.\n\n{me}' },
  ] },
  { id: 'draft-review', areas: ['estate'], topic: 'Draft estate planning documents', steps: [
    { by: 'lawyer', to: ['client'], attach: 'Draft documents - {cfull}.pdf', text: 'Hi {c},\n\nI have attached the draft documents. When you have read them, let me know any changes you want and we will set up the signing.\n\nBest,\n{me}' },
    { by: 'client', to: ['lawyer'], gap: [20, 60], text: 'Hi {l},\n\nI read through everything. One change: I would like my nephew Paul to be the backup personal representative instead of my brother. Otherwise it all looks right.\n\n{c}' },
    { by: 'lawyer', to: ['client'], text: 'Thanks, {c}. I will make that change and bring the final versions to the signing.\n\n{me}' },
  ] },
  { id: 'rfe', areas: ['immigration'], topic: 'Request for evidence – next steps', steps: [
    { by: 'lawyer', to: ['client'], cc: ['para'], text: 'Hi {c},\n\nUSCIS sent a request for evidence on your case. They want more proof of your relationship and your address history. Could you gather {doc} and send what you have by {day}? The response is due {date2}, so there is time, but I would like a head start.\n\n{me}' },
    { by: 'client', to: ['lawyer'], cc: ['para'], attach: 'documents_{c}.pdf', text: 'Hi {l},\n\nAttached are the first documents. The rest will take me a few more days because I have to ask the bank.\n\n{c}' },
    { by: 'lawyer', to: ['client'], cc: ['para'], text: 'Thank you, {c}. This is a good start; I will begin drafting the response with what we have.\n\n{me}' },
  ] },
  { id: 'letter', areas: ['immigration'], topic: 'Letter from USCIS', steps: [
    { by: 'client', to: ['lawyer'], attach: 'photo_letter.jpg', text: 'Hello {l},\n\nI got a letter from USCIS today and I am not sure what it means. I attached a photo. Do I need to do something?\n\nThank you,\n{c}' },
    { by: 'lawyer', to: ['client'], text: 'Hi {c},\n\nThat is the biometrics appointment notice. Go to the address on the notice at the time it lists, and bring the notice and your photo ID. It takes about 20 minutes. Nothing else is needed.\n\n{me}' },
    { by: 'client', to: ['lawyer'], text: 'Thank you so much, I will go.\n\n{c}' },
  ] },
  { id: 'handoff', areas: [...ALL], partnerOnly: true, topic: 'Travel in January', steps: [
    { by: 'client', to: ['lawyer'], text: 'Hi {l},\n\nI will be out of the country for two weeks in January. Is that a problem for my case, or is there anything I need to do before I go?\n\n{c}' },
    { by: 'lawyer', to: ['assoc'], forward: true, gap: [0.2, 3], text: '{a}, can you take this one and reply to {c} by {day}? Thanks.\n\n{me}' },
    { by: 'assoc', to: ['client'], cc: ['lawyer'], noQuote: true, text: 'Hi {c},\n\n{l} asked me to answer your question. Travel in January is fine; nothing is scheduled in your matter until February. Just keep your phone and email handy in case we need to reach you.\n\nBest,\n{me}' },
    { by: 'client', to: ['assoc'], cc: ['lawyer'], text: 'Great, thank you!\n\n{c}' },
  ] },
];
