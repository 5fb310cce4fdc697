// Prose for the scan benchmark's big mailbox: sentences a litigation or intake practice writes every
// day. Each stays short (well under 80 words) so quoted history can be trimmed paragraph by paragraph.

export const TOPICS = ['discovery responses', 'deposition scheduling', 'settlement discussions', 'medical records',
  'draft agreement', 'hearing preparation', 'closing documents', 'case status', 'retainer agreement', 'mediation statement',
  'expert report', 'interrogatory answers', 'lease review', 'estate inventory', 'visa application', 'custody schedule'];

export const SENTENCES = [
  'I reviewed the documents you sent over yesterday and have a few questions about the dates in the second set.',
  'The court has not yet ruled on the motion, but the clerk expects an order within the next two weeks.',
  'Please see the attached draft, which reflects the changes we discussed on our call this morning.',
  'Opposing counsel agreed to a short extension, so the new deadline for our responses is the end of the month.',
  'I spoke with the adjuster this afternoon and she confirmed that the file is under review with her supervisor.',
  'We will need the signed authorization before we can request records from the hospital and the imaging center.',
  'The deposition is scheduled to begin at ten in the morning and should last no more than four hours.',
  'I have blocked time on Thursday to go through the exhibits with you and answer any questions you may have.',
  'Our expert has finished the preliminary report and will send a final version once she reviews the last invoices.',
  'The mediator asked each side to submit a short confidential statement two business days before the session.',
  'I wanted to flag that the filing fee increased this year, so the cost estimate in my last email is slightly low.',
  'The title company needs the death certificate and the letters of administration before it can schedule closing.',
  'We received the other side\'s production last night; it is about four hundred pages, mostly emails and invoices.',
  'Nothing you need to do right now, but I wanted you to know where things stand before the holiday weekend.',
  'The judge set a scheduling conference for next month, and I will attend by phone unless she requires us in person.',
  'If the numbers look right to you, we can finalize the financial statement and file it with the court this week.',
  'I called the clerk\'s office to confirm that our filing was accepted, and it was docketed this morning.',
  'The insurance company has asked for a recorded statement; please do not give one until we have talked.',
  'I attached a summary of the medical bills to date, organized by provider, with the amounts still outstanding.',
  'The agency issued a receipt notice, which means the application was accepted for processing.',
  'We should expect the interview notice in the mail, usually a few weeks after the biometrics appointment.',
  'As we discussed, the proposed schedule gives each parent alternating weekends and a split of the winter break.',
  'The personal representative must file the inventory within three months of appointment, so we have some time.',
  'I left a voicemail for opposing counsel this morning and will follow up by email if I do not hear back today.',
  'Please keep all receipts for travel to and from your medical appointments, since those costs may be recoverable.',
  'The draft will names your sister as personal representative and your nephew as the alternate, as you asked.',
  'The prosecutor indicated that she is open to discussing a resolution once the lab results come back.',
  'Our office will be closed on Friday, but I will check email periodically and can be reached by phone if urgent.',
  'I made a few edits to the settlement agreement, mostly to clarify the timing of the payment and the release.',
  'The landlord\'s attorney responded to our letter and proposed a meeting to discuss the security deposit.',
  'The court reporter will send the transcript in about ten business days, and I will forward a copy when it arrives.',
  'I confirmed with the school that the records request can be made by either parent under the current order.',
  'Because the accident happened on a state road, we may also need to send a notice of claim to the state.',
  'I checked the docket again this afternoon and there is still no response from the defendant on file.',
  'We can discuss the fee arrangement when we meet, but in short it is a contingency fee with no cost up front.',
  'The bank will need a certified copy of the letters and a tax identification number for the estate account.',
  'Let me know if the proposed times work for your schedule, or suggest a couple of alternatives that do.',
  'I will prepare the exhibit list and circulate it to everyone by the end of the day tomorrow.',
  'The appraisal came back slightly higher than expected, which affects the distribution between the beneficiaries.',
  'For now, the most useful thing you can do is keep a short journal of your symptoms and how they affect your work.',
];

export const OPENERS = ['Hi {first},', 'Hello {first},', '{first},', 'Good morning {first},', 'Good afternoon,', 'Dear {first},'];
export const CLOSERS = ['Thanks,', 'Best,', 'Best regards,', 'Thank you,', 'Regards,', 'Talk soon,'];
export const SHORT_REPLIES = ['Thanks, got it.', 'Sounds good to me.', 'That works on our end.', 'Received, thank you.',
  'Understood. I will take care of it today.', 'Thanks for the quick turnaround.', 'Perfect, see you then.'];
