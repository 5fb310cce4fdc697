// Evidence for the date library: `npm run --silent compare:dates` scores chrono-node, compromise-dates
// and Onus's own resolver (chrono-node for explicit dates + CONVENTIONS rules for relative phrases)
// on the due-phrase cases of CONVENTIONS.md, each given the message's date and the mailbox zone.
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';
import { dateInZone, formatDate, type CalendarDate } from '../../shared/dates/calendar-date';
import { findDuePhrase } from '../../shared/dates/due-phrases';
import { DUE_CASES } from '../shared/due-cases';

const ZONE = 'America/New_York';
nlp.plugin(datesPlugin);

type Resolver = (sentence: string, today: CalendarDate) => string | null;
const noonUtc = (d: CalendarDate) => new Date(Date.UTC(d.year, d.month - 1, d.day, 17));

const resolvers: Record<string, Resolver> = {
  'onus (chrono-node + CONVENTIONS rules)': (sentence, today) => {
    const found = findDuePhrase(sentence, { today, previousDate: null });
    return found && formatDate(found.date);
  },
  'chrono-node alone (casual, forwardDate)': (sentence, today) => {
    const r = chrono.en.casual.parse(sentence, { instant: noonUtc(today), timezone: 'EST' }, { forwardDate: true })[0];
    return r ? formatDate(dateInZone(r.start.date(), ZONE)) : null;
  },
  'compromise-dates': (sentence, today) => {
    const doc = nlp(sentence) as unknown as { dates: (o: object) => { json: () => Array<{ dates?: { start?: string } }> } };
    const start = doc.dates({ today: formatDate(today), timezone: ZONE }).json()[0]?.dates?.start;
    return start ? start.slice(0, 10) : null;
  },
};

for (const [name, resolve] of Object.entries(resolvers)) {
  const wrong = DUE_CASES.filter(([sentence, today, expected]) => resolve(sentence, today) !== expected);
  console.log(`${name}: ${DUE_CASES.length - wrong.length}/${DUE_CASES.length} right`);
  for (const [sentence, today, expected] of wrong.slice(0, 6)) {
    console.log(`    ${formatDate(today)} "${sentence}" → ${resolve(sentence, today)} (expected ${expected})`);
  }
}
