// Names (caller ID, display names, self-introductions) and urgency, each as positive and miss tables.
import { describe, expect, it } from 'vitest';
import { cleanPersonName, selfIntroduction } from '../../shared/detect/person-name';
import { urgencyOf } from '../../shared/detect/urgency';

describe('cleanPersonName', () => {
  it.each([
    ['Carla Nunez', 'Carla Nunez'], ['SHAW DEREK', 'Shaw Derek'], ['Reed, Tasha', 'Tasha Reed'], ['Gregory Haines, Esq.', 'Gregory Haines'],
    ['Dr. Aaron Weiss', 'Aaron Weiss'], ['Mei-Ling Zhou', 'Mei-Ling Zhou'], ['Carmen Ibáñez', 'Carmen Ibáñez'], ["O'BRIEN SEAN", "O'Brien Sean"],
    ['Priscilla Ng', 'Priscilla Ng'],
  ])('%s → %s', (raw, name) => {
    expect(cleanPersonName(raw)).toBe(name);
  });

  it.each([
    ['WIRELESS CALLER'], ['SCRANTON PA'], ['Unknown'], ['Not available'], ['PRIVATE CALLER'], ['+1 425 555 0100'], ['Main Line Health'],
    ['Microsoft Speech Technology'], ['Stuart and Joan Farrow'], ['jdoe@mail.example'], ['PENNINGTON S'], ['Mr'], [''],
  ])('%j is not a person\'s name', (raw) => {
    expect(cleanPersonName(raw)).toBeNull();
  });
});

describe('selfIntroduction', () => {
  it.each([
    ['Hi, my name is Carla Nunez. I was rear-ended.', 'Carla Nunez'],
    ['Yeah hi this is Dwayne Ellison. My son was picked up.', 'Dwayne Ellison'],
    ["Hello, it's Oliver Grant calling from London.", 'Oliver Grant'],
    ['Hey Owen, Luis Ortega here with the DA.', 'Luis Ortega'],
    ['Theo, Harold Quinn. Just a heads up.', 'Harold Quinn'],
    ["I was hurt in a crash. I'm Denise Carver by the way.", 'Denise Carver'],
    ['This is Janet Cole I need help with a will', 'Janet Cole'],
    ['Hi, this is Ahmed. Call me.', 'Ahmed'],
  ])('%j → %s', (text, name) => {
    expect(selfIntroduction(text)).toBe(name);
  });

  it.each([["It's me, call me back."], ["Hi, I'm calling about my case."], ['This is about the hearing.']])('%j names nobody', (text) => {
    expect(selfIntroduction(text)).toBeNull();
  });
});

describe('urgencyOf (sent Tuesday 3 March 2026)', () => {
  const at = (text: string) => urgencyOf(text, '2026-03-03T10:00:00-05:00', 'America/New_York').urgent;
  it.each([
    ['My bail hearing is tomorrow morning.'],
    ['The sheriff sale is scheduled for March 9.'],
    ['My arraignment is next Monday.'],
    ['The insurer wants her to sign a release by Friday.'],
    ['My son was arrested last night.'],
    ['He is being held at the county jail.'],
    ['ICE detained my husband this morning.'],
    ['This is an emergency, please call.'],
    ['Please call me ASAP.'],
    ['My status ends in 5 days.'],
  ])('%j is urgent', (text) => {
    expect(at(text)).toBe(true);
  });

  it.each([
    ['I was hit by a truck yesterday and I am in the hospital.', 'an injury is not a deadline'],
    ['My court date is in June.', 'more than a week away'],
    ['I got served with divorce papers on Saturday and have twenty days to answer.', 'Saturday has passed; 20 days is not a week'],
    ['I was arrested two years ago and want it expunged.', 'an old arrest'],
    ['No rush at all, this is not urgent.', 'the sender says it is not'],
    ['My hearing at the magistrate is in three weeks.', 'three weeks away'],
    ['I would like to update my will next month.', 'no deadline'],
  ])('%j is not urgent (%s)', (text) => {
    expect(at(text)).toBe(false);
  });
});
