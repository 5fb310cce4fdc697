// Regression records the extractor does not yet get exactly right: id → what is wrong. The regression
// test asserts that every record listed here still fails, so a fix forces its entry out of the table
// and the table stays honest. Holdout entries live in ./known-failures-holdout.ts: do not read that
// file (or the holdout records) while tuning rules.
import { HOLDOUT_KNOWN_FAILURES } from './known-failures-holdout';

export const TUNE_KNOWN_FAILURES: Readonly<Record<string, string>> = {
  'reg-005': 'misses indirect request "I\'d like the full draft circulated a week before the filing deadline" (due relative to a date stated earlier)',
  'reg-009': 'misses sentence-initial bare imperative "Compare … and flag … by Wednesday"; its date then leaks onto the previous ask',
  'reg-010': 'misses "We’ll have … loaded" commitment; its "within 3 business days of receiving it" leaks as due onto the previous ask',
  'reg-076': 'misses third-person commitment "the State will disclose … by August 21"',
  'reg-079': 'informal lowercase text-speak ("can u tell", "what day is it??", no final punctuation): 3 requests missed',
  'reg-080': 'due: "to that meeting" does not take "today at 3:00" from the previous sentence',
  'reg-097': 'misses "…; could you copy him on future emails?" (question after a semicolon clause holding a CJK name)',
  'reg-100': 'Outlook FW: misses "Graham, I’d like X recorded before the end of the month"; RTL name "Nadia" not matched; forwarded "next Wednesday" counted from the forward (Oct 28) instead of the forwarded message’s date (Oct 21)',
  'reg-126': 'false request: signature title line "Avocate à la Cour"',
  'reg-132': 'Spanish asks: "antes del viernes" and "lo antes posible" not understood, "También necesito …" missed',
  'reg-142': 'misses "I’ll have X to you by October 16"; wire-fraud boilerplate and "Order opened — …" flagged; leaked due on the question',
  'reg-151': 'due: content dates ("if Sunday, November 15 works", "the closing on the 30th") taken as due dates',
  'reg-172': 'owner: accented name "Joaquín -" not matched, so the forwarded ask is unassigned',
  'reg-187': 'false request: social question "Did you ever try that ramen place…?"; due time "at 2:00" not read as 14:00',
};

export const KNOWN_FAILURES: Readonly<Record<string, string>> = { ...TUNE_KNOWN_FAILURES, ...HOLDOUT_KNOWN_FAILURES };
