// Mail that needs no follow-up: bar bulletins and newsletters (bulk headers), vendor pitches (which
// often end in a question, and must not be taken for inquiries or asks owed).

export interface Newsletter {
  from: { name: string; address: string };
  listId: string;
  /** Issue subjects, used in turn. */
  subjects: string[];
  items: string[];
}

export const NEWSLETTERS: readonly Newsletter[] = [
  { from: { name: 'Baltimore County Bar Association', address: 'news@bcba.example' }, listId: 'weekly.bcba.example',
    subjects: ['BCBA Weekly: holiday reception and new section chairs', 'BCBA Weekly: pro bono clinic needs volunteers', 'BCBA Weekly: courthouse parking changes'],
    items: ['Members are invited to the annual holiday reception at the courthouse rotunda. Tickets are free for members who register by the end of the month.',
      'The pro bono clinic at the Towson library needs two more volunteer attorneys for Saturday mornings. One hour of training is provided.',
      'The courthouse garage will close for repairs for six weeks. Overflow parking is available at the county lot on Bosley Avenue.',
      'Congratulations to the new chairs of the family law and estates sections, who take office in January.'] },
  { from: { name: 'MSBA Section News', address: 'sections@msba.example' }, listId: 'sections.msba.example',
    subjects: ['Family & Juvenile Law Section update', 'Estates & Trusts Section: legislative preview', 'Section news: new appellate decisions'],
    items: ['The section reviewed three recent appellate opinions on the calculation of child support when a parent is voluntarily impoverished.',
      'A preview of bills expected in the next legislative session, including changes to the small estate threshold.',
      'Registration is open for the winter section meeting, with one hour of ethics credit.'] },
  { from: { name: 'Lawyer Tech Brief', address: 'editor@lawyertechbrief.example' }, listId: 'brief.lawyertechbrief.example',
    subjects: ['This week: AI drafting tools and your ethics duties', 'This week: securing client portals', 'This week: what small firms pay for software'],
    items: ['What a state bar opinion says about supervising generative AI drafts, and three policies small firms are adopting.',
      'Multifactor authentication is now table stakes. Here is how five small firms rolled it out without losing a week.',
      'Our annual survey of software spend at firms with fewer than twenty lawyers.'] },
  { from: { name: 'Maryland Professionalism Center', address: 'cle@mdprofessionalism.example' }, listId: 'cle.mdprofessionalism.example',
    subjects: ['Reminder: evidence update webinar next week', 'Last seats: civility and professionalism course', 'New on-demand CLE programs'],
    items: ['A two-hour update on recent evidence decisions, with time for questions. Recording available to registrants.',
      'The required course for newly admitted attorneys has a few seats left in the December session.',
      'Five new on-demand programs, including trial advocacy basics and trust accounting.'] },
];

export interface Pitch {
  from: { name: string; address: string };
  subject: string;
  text: string;
  /** Intake gets the lead-generation pitch, lawyers the rest. */
  toIntake?: boolean;
}

export const PITCHES: readonly Pitch[] = [
  { from: { name: 'Courtney Hale', address: 'courtney.hale@answerdesk.example' }, subject: 'Quick question about your intake',
    text: 'Hi {first},\n\nI noticed your firm handles personal injury and family matters. Most firms your size miss about a third of after-hours calls. Our receptionists answer around the clock and book consultations straight into your calendar.\n\nDo you have 15 minutes on Thursday for a short demo?\n\nBest,\nCourtney Hale\nAnswerDesk Legal' },
  { from: { name: 'Leadflow Partners', address: 'sales@leadflow.example' }, subject: 'Exclusive car accident leads in Baltimore', toIntake: true,
    text: 'Hello,\n\nWe deliver exclusive, pre-qualified car accident and slip-and-fall leads for personal injury firms in Maryland, delivered by phone within minutes. Pay only for leads that sign.\n\nReply to this email to see sample lead data.\n\nLeadflow Partners' },
  { from: { name: 'Ben Sorrell', address: 'ben@docketly.example' }, subject: 'Cut document review time by 60%',
    text: 'Hi {first},\n\nDocketly reads discovery productions and builds a searchable chronology in minutes. Firms like yours save ten hours a week.\n\nWould it make sense to connect next week?\n\nBen Sorrell\nAccount Executive, Docketly' },
  { from: { name: 'Meredith Quon', address: 'mquon@ledgerly.example' }, subject: 'Following up: billing software demo',
    text: 'Hi {first},\n\nFollowing up on my note from last month. Ledgerly handles trust accounting and three-way reconciliation for small firms. I would love to show you a quick walkthrough.\n\nAre you the right person to talk to about this?\n\nMeredith' },
  { from: { name: 'Charles Street Office Services', address: 'hello@charlesstreetservices.example' }, subject: 'Coffee service for Suite 1400',
    text: 'Good afternoon,\n\nWe supply coffee, water and breakroom snacks to several firms in your building. We would be glad to drop off samples.\n\nCharles Street Office Services' },
];
