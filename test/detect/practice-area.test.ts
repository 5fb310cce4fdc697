import { describe, expect, it } from 'vitest';
import { areaFromField, areaFromText } from '../../shared/detect';

describe('areaFromText: positive table', () => {
  it.each([
    ['I was rear-ended on the turnpike and hurt my neck.', 'personal_injury'],
    ['The neighbor\'s dog bit me and I needed stitches.', 'personal_injury'],
    ['My mother fell at her nursing home; we suspect negligence.', 'personal_injury'],
    ['I think the surgeon committed medical malpractice.', 'personal_injury'],
    ['Slip and fall at a grocery store.', 'personal_injury'],
    ['My husband and I want a divorce and joint custody.', 'family'],
    ['He stopped paying child support.', 'family'],
    ['We would like to adopt our foster daughter.', 'family'],
    ['I need a prenup before the wedding.', 'family'],
    ['My son was arrested for DUI last night.', 'criminal_defense'],
    ['There is a bench warrant for a missed court date.', 'criminal_defense'],
    ['Charged with retail theft, juvenile court on Monday.', 'criminal_defense'],
    ['I want my record expunged.', 'criminal_defense'],
    ['My late father\'s will was never signed.', 'estate_planning'],
    ['We need a power of attorney and a living will.', 'estate_planning'],
    ['I am the executor and need to start probate.', 'estate_planning'],
    ['Setting up a revocable trust for the kids.', 'estate_planning'],
    ['My H-1B employer laid me off.', 'immigration'],
    ['ICE detained my father this morning.', 'immigration'],
    ['We want to apply for a green card through marriage.', 'immigration'],
    ['He has an asylum hearing in June.', 'immigration'],
    ['I have a citizenship interview next month despite an old arrest.', 'immigration'],
  ])('%j → %s', (text, area) => {
    expect(areaFromText(text)?.area).toBe(area);
  });
});

describe('areaFromText: misses (no practice words, or words in another sense)', () => {
  it.each([
    ['My landlord will not return my deposit.', 'the verb "will" is not a will'],
    ['I trust you can help with my contract dispute.', 'the verb "trust" is not a trust'],
    ['We are closing on a real estate purchase.', 'real estate is not an estate'],
    ['Thanks for lunch yesterday.', 'nothing legal'],
    ['My husband will call you tomorrow.', 'a modal verb again'],
  ])('%j → none (%s)', (text) => {
    expect(areaFromText(text)).toBeNull();
  });
});

describe('areaFromField: a form\'s own answer', () => {
  it.each([
    ['Personal Injury', 'personal_injury'], ['Car Accident', 'personal_injury'], ['Motor Vehicle Accident', 'personal_injury'],
    ['Family Law', 'family'], ['Adoption', 'family'], ['Criminal Defense', 'criminal_defense'], ['DUI/DWI', 'criminal_defense'],
    ['Wills & Trusts', 'estate_planning'], ['Estate Planning', 'estate_planning'], ['Asylum', 'immigration'],
    ['Immigration', 'immigration'], ['Other', 'other'], ['Business Law', 'other'], ['Employment', 'other'],
  ])('%s → %s', (value, area) => {
    expect(areaFromField(value)).toBe(area);
  });
});
