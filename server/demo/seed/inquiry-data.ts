// What prospective clients write in a contact form or a first email. Plain, specific, sometimes urgent;
// the scanner has to find the practice area and the urgency in words like these.
import type { Area } from './firm-data';

export interface Story {
  area: Area;
  urgent: boolean;
  /** Short subject a person would type. */
  subject: string;
  text: string;
}

export const STORIES: readonly Story[] = [
  { area: 'pi', urgent: false, subject: 'Car accident on I-695', text: 'I was rear-ended on the Beltway two weeks ago. My neck and shoulder still hurt and my car is being repaired. The other driver\'s insurance offered to pay my medical bills if I sign a release. Should I sign it?' },
  { area: 'pi', urgent: true, subject: 'Hit by a delivery van', text: 'My daughter was hit by a delivery van while crossing Eastern Avenue yesterday. She has a broken wrist and a concussion. The company already called us asking for a recorded statement. Please call me today.' },
  { area: 'pi', urgent: false, subject: 'Dog bite', text: 'A neighbor\'s dog bit me on the leg while I was walking. I needed stitches and a tetanus shot. The neighbor says their homeowner\'s insurance will handle it but nobody has called me back in three weeks.' },
  { area: 'pi', urgent: false, subject: 'Fell at a restaurant', text: 'I slipped on a wet floor in the restroom of a restaurant in Towson and tore a ligament in my knee. I had surgery last month and I have been out of work since. I have photos of the floor.' },
  { area: 'pi', urgent: false, subject: 'Motorcycle crash', text: 'An SUV turned left in front of my motorcycle on Route 1. I have a broken collarbone and the bike is totaled. The police report says the other driver was at fault.' },
  { area: 'pi', urgent: false, subject: 'Injury at work', text: 'I hurt my back lifting boxes at the warehouse where I work. My employer says it is not a workers comp claim because I did not report it the same day. Is that true?' },
  { area: 'family', urgent: false, subject: 'Divorce consultation', text: 'My husband and I have been separated for a year and we agree on most things, but not on the house. We have one child, age 9. I would like to know what an uncontested divorce costs.' },
  { area: 'family', urgent: true, subject: 'Custody emergency', text: 'My ex did not return our son after his weekend visit and will not answer my calls. We have a custody order from 2023. I need to know what I can do right now.' },
  { area: 'family', urgent: false, subject: 'Child support modification', text: 'I was laid off in September and I am now earning about half of what I did. My child support order is based on my old salary. How do I get it lowered?' },
  { area: 'family', urgent: true, subject: 'Protective order hearing', text: 'I filed for a protective order against my partner last week and the final hearing is this Thursday. I do not have a lawyer and I am scared to face him alone. Can someone represent me?' },
  { area: 'family', urgent: false, subject: 'Grandparent visitation', text: 'Since my son passed away, his ex-wife will not let us see our grandchildren. We were very close to them. Do grandparents have any rights in Maryland?' },
  { area: 'family', urgent: false, subject: 'Prenuptial agreement', text: 'My fiancee and I are getting married in the spring and we would like a prenuptial agreement. I own a small business. What is the process and how long does it take?' },
  { area: 'criminal', urgent: true, subject: 'Arrested last night', text: 'My boyfriend was arrested last night and charged with assault. He has a bail review hearing tomorrow morning in Baltimore City. We need a lawyer there. Please call as soon as possible.' },
  { area: 'criminal', urgent: false, subject: 'DUI charge', text: 'I was charged with DUI after a traffic stop. I blew a .09. This is my first offense. My trial date is in February. I need my license for my job as a delivery driver.' },
  { area: 'criminal', urgent: false, subject: 'Expungement', text: 'I have a possession charge from 2016 that was placed on the stet docket. It shows up on background checks for jobs. Can it be expunged?' },
  { area: 'criminal', urgent: false, subject: 'Shoplifting citation', text: 'My 17 year old was cited for shoplifting at the mall. We got a letter from the Department of Juvenile Services. We do not know what happens next.' },
  { area: 'criminal', urgent: true, subject: 'Warrant', text: 'I just found out there is a bench warrant for me because I missed a court date. I never got the notice because I moved. I want to turn myself in the right way. What should I do?' },
  { area: 'estate', urgent: false, subject: 'Will and power of attorney', text: 'My wife and I are in our seventies and have never made wills. We own our home and have two grown children. We would like wills, powers of attorney and health care directives.' },
  { area: 'estate', urgent: false, subject: 'Probate question', text: 'My father died in August without a will. He owned a house in Essex and had a small bank account. My sister and I do not know how to start the probate process.' },
  { area: 'estate', urgent: true, subject: 'Power of attorney for my mother', text: 'My mother has advanced dementia and is going into memory care next week. The facility needs someone with power of attorney to sign. She never signed one. What are our options?' },
  { area: 'estate', urgent: false, subject: 'Trust for special needs child', text: 'Our son has autism and receives SSI. We want to make sure whatever we leave him does not affect his benefits. A friend mentioned a special needs trust.' },
  { area: 'estate', urgent: false, subject: 'Disagreement over an estate', text: 'My brother is the personal representative of our mother\'s estate and has not shared any information in eight months. The house is sitting empty. Can I make him account for what he has done?' },
  { area: 'immigration', urgent: false, subject: 'Green card through marriage', text: 'I am a US citizen and my wife is here on a student visa that expires next summer. We were married in June. We want to start her green card application.' },
  { area: 'immigration', urgent: true, subject: 'ICE detained my husband', text: 'My husband was detained by ICE this morning outside our home. He has lived here for twelve years and we have two children who are citizens. I do not know where he is. Please help.' },
  { area: 'immigration', urgent: false, subject: 'Citizenship application', text: 'I have had my green card for six years. I want to apply for citizenship but I had a minor arrest in 2019 that was dismissed. Will that be a problem?' },
  { area: 'immigration', urgent: false, subject: 'Work visa question', text: 'My employer wants to sponsor me for an H-1B but their HR department has never done it before. Do you help employees, or only companies?' },
  { area: 'immigration', urgent: false, subject: 'Asylum', text: 'I came to the US eight months ago and I am afraid to return to my country because of threats against my family. Someone told me there is a deadline to apply for asylum.' },
  { area: 'immigration', urgent: false, subject: 'Parents visiting', text: 'I would like to bring my parents from Nigeria to live with me. I became a citizen last year. What do I need to file and how long will it take?' },
];

export const AREA_LABELS: Record<Area, string> = {
  pi: 'Personal Injury', family: 'Family Law', criminal: 'Criminal Defense', estate: 'Estate Planning & Probate', immigration: 'Immigration',
};
