// Per practice area, the phrases that make a generic thread script sound like that kind of matter.
import type { Area } from './firm-data';

export interface AreaWords {
  /** A status sentence a lawyer gives a client. */
  updates: string[];
  /** Something a client is asked to send ("could you send me …"). */
  docs: string[];
  /** What a client wants to talk about ("to talk through …"). */
  topics: string[];
  /** A form the client signs and returns. */
  signDocs: string[];
}

export const AREA_WORDS: Record<Area, AreaWords> = {
  pi: {
    updates: [
      'The adjuster confirmed she has our demand package and is going over the medical bills with her supervisor.',
      'Defense counsel produced the truck maintenance logs last week, and I am working through them now.',
      'We are still waiting on the final bill from the physical therapy practice before we send the demand.',
    ],
    docs: ['the receipts for your out-of-pocket medical costs', 'the body shop photos of your car', 'your pay stubs for the weeks you missed work'],
    topics: ['the settlement offer', 'how the insurance claim works from here', 'my upcoming doctor visits'],
    signDocs: ['medical records authorization', 'lost wage verification form'],
  },
  family: {
    updates: [
      'Opposing counsel sent a draft parenting plan, and I am marking it up now.',
      'The court set the pendente lite hearing, and I will send you the notice separately.',
      'We now have financial statements from both sides, so the next step is the settlement conference.',
    ],
    docs: ['your last three pay stubs', 'your 2025 tax return', 'the school calendar for this year'],
    topics: ['the parenting schedule', 'the house and who keeps it', 'the child support numbers'],
    signDocs: ['financial statement', 'affidavit for the pendente lite hearing'],
  },
  criminal: {
    updates: [
      'I received the discovery from the State, including the officer\'s report and the breath test result.',
      'The State has not made a new offer yet. I expect to hear something before the motions hearing.',
      'I filed our motion to suppress, and the court will set a hearing date.',
    ],
    docs: ['the completion certificate from the alcohol education class', 'the letter of support from your employer',
      'the log of your community service hours'],
    topics: ['what happens at the next hearing', 'the plea offer', 'my driver\'s license'],
    signDocs: ['waiver of appearance form', 'MVA hearing request'],
  },
  estate: {
    updates: [
      'The Register of Wills accepted the inventory, so the next step is the first accounting.',
      'The appraisal of the house came in close to the tax assessment.',
      'Your draft documents are nearly done; I am finishing the trust provisions this week.',
    ],
    docs: ['a copy of the deed to the house', 'the latest statements for the bank accounts', 'the life insurance beneficiary forms'],
    topics: ['the draft documents', 'who should be trustee', 'selling the house'],
    signDocs: ['updated power of attorney', 'consent to the first accounting'],
  },
  immigration: {
    updates: [
      'USCIS shows your case as received and pending; the biometrics notice should arrive in the next few weeks.',
      'I checked the online case status this morning and nothing has changed since the interview notice.',
      'Your fingerprint appointment is done, so the file is waiting for an officer to review it.',
    ],
    docs: ['copies of your passport bio page and visa stamps', 'your tax transcripts for the last three years',
      'the joint bank statements and your lease'],
    topics: ['the interview', 'travel while my case is pending', 'the request for evidence'],
    signDocs: ['Form G-28 and the client agreement', 'signature page for the I-485'],
  },
};
