// What callers say. Prospects describe a new problem (some urgent); clients call their own lawyer;
// some calls leave no words at all (missed call, hang-up). {name}, {phone} and {lawyer} are filled in.
import type { Area } from './firm-data';

export interface Transcript {
  area: Area | null;
  urgent: boolean;
  text: string;
}

export const PROSPECT_CALLS: readonly Transcript[] = [
  { area: 'pi', urgent: false, text: 'Hi, my name is {name}. I was in a car accident on Route 40 last week, the other driver ran a red light, and the insurance company keeps calling me. I would like to talk to a lawyer before I say anything else to them. You can reach me at {phone}. Thank you.' },
  { area: 'pi', urgent: true, text: 'Hello, this is {name}. My husband fell at work on a scaffold this morning and he is at Shock Trauma right now. We do not know what to do about his job or the bills. Please call me back as soon as you can at {phone}.' },
  { area: 'pi', urgent: false, text: 'Yeah hi, {name} here. I slipped on a wet floor at a store in Glen Burnie and hurt my back. I have been going to physical therapy. A friend said you handle these. My number is {phone}.' },
  { area: 'family', urgent: false, text: 'Hi, this is {name}. I am looking for help with a divorce. We have two kids and a house, and I am not sure where to start. I am free after three most days. {phone}. Thanks.' },
  { area: 'family', urgent: true, text: 'Hi, my name is {name}, I was served with papers yesterday, my ex is asking for full custody and there is a hearing on the ninth. I really need to talk to someone this week. Please call {phone}.' },
  { area: 'family', urgent: false, text: 'Hello, calling about child support. I lost my job in September and I cannot keep up with the payments. I need to know how to change the order. This is {name}, {phone}.' },
  { area: 'criminal', urgent: true, text: 'Hi, this is {name}. My son was arrested last night in Dundalk and he has a bail review this afternoon. Can somebody call me back right away? My number is {phone}.' },
  { area: 'criminal', urgent: false, text: 'Hi, I got pulled over and charged with DUI on Saturday. I have a court date in January and I do not want to lose my license for work. Name is {name}, number {phone}.' },
  { area: 'criminal', urgent: false, text: 'Hello, my name is {name}. I received a summons for a theft charge that I think is a mistake. I would like to set up a consultation. You can call or text {phone}.' },
  { area: 'estate', urgent: false, text: 'Good morning, this is {name}. My wife and I would like to update our wills and maybe set up a trust for our grandchildren. Please give me a call at {phone} when you have a moment.' },
  { area: 'estate', urgent: false, text: 'Hi, my mother passed away last month and she had a house in Catonsville. I am not sure if we need to go through probate. This is {name}, {phone}. Thanks.' },
  { area: 'estate', urgent: true, text: 'Hello, this is {name}. My father is in hospice and we need a power of attorney signed this week while he can still sign. Can someone come to the facility? Please call {phone}.' },
  { area: 'immigration', urgent: false, text: 'Hi, my name is {name}. I am married to a US citizen and we want to apply for my green card. I would like to know the cost and how long it takes. My phone is {phone}.' },
  { area: 'immigration', urgent: true, text: 'Hello, this is {name}. My brother was detained by immigration this morning at his job. We do not know where they took him. Please call me back, {phone}.' },
  { area: 'immigration', urgent: false, text: 'Hi, I have my citizenship interview coming up and I want a lawyer to help me prepare. This is {name}, {phone}. Thank you.' },
  { area: null, urgent: false, text: 'Hi, this is {name}. I had a question about a letter I got, I think I need a lawyer but I am not sure what kind. Could someone call me at {phone}?' },
];

export const CLIENT_CALLS: readonly string[] = [
  'Hi {lawyer}, it is {name}. I got another letter today and I wanted to ask you about it. Call me when you get a chance, {phone}.',
  'Hey {lawyer}, {name} here. Just calling to confirm the time for Thursday. Give me a call back at {phone}. Thanks.',
  'Hi, this is {name} calling for {lawyer}. The other side called me directly today, which I did not expect. Please call me back at {phone}.',
  'Hello {lawyer}, {name}. I have the documents you asked for, I just need to know where to drop them off. {phone}. Thanks.',
];
