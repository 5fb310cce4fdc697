// Form and notice fields in the layouts form builders use; labels vary by firm.
import { describe, expect, it } from 'vitest';
import { parseFields } from '../../shared/detect';
import { readMessage } from '../../shared/detect/message-text';

const asText = (body: string, bodyType: 'text' | 'html' = 'text') =>
  readMessage({ subject: '', from: null, to: [], cc: [], sentAt: '', timeZone: 'UTC', bodyType, body }).text;
const pairs = (body: string, bodyType: 'text' | 'html' = 'text') =>
  parseFields(asText(body, bodyType)).filter((f) => f.key).map((f) => [f.key, f.value]);

describe('parseFields', () => {
  it.each<[string, string, 'text' | 'html', Array<[string, string]>]>([
    ['"Label: value" lines', 'Name: Kim Tran\nEmail: kim@mail.example\nPhone: (484) 555-0171\nMessage: I need help.', 'text',
      [['name', 'Kim Tran'], ['email', 'kim@mail.example'], ['phone', '(484) 555-0171'], ['message', 'I need help.']]],
    ['"Label\\nvalue" blocks (Gravity Forms text)', 'Full Name\nKim Tran\n\nYour Email\nkim@mail.example\n\nHow can we help?\nCustody question.', 'text',
      [['name', 'Kim Tran'], ['email', 'kim@mail.example'], ['message', 'Custody question.']]],
    ['decorated labels (WPForms text)', '--- Name ---\nKim Tran\n\n--- Comment or Message ---\nA prenup, please.', 'text',
      [['name', 'Kim Tran'], ['message', 'A prenup, please.']]],
    ['first and last name, cell, case type', 'First Name: Kim\nLast Name: Tran\nCell: 484-555-0171\nCase Type: DUI', 'text',
      [['firstName', 'Kim'], ['lastName', 'Tran'], ['phone', '484-555-0171'], ['practiceArea', 'DUI']]],
    ['Contact Form 7 From line', 'From: Kim Tran <kim@mail.example>\nSubject: Custody\n\nMessage Body:\nMy ex moved away.', 'text',
      [['from', 'Kim Tran <kim@mail.example>'], ['subject', 'Custody'], ['message', 'My ex moved away.']]],
    ['an HTML table of label and value cells', '<table><tr><th>Full name</th><td>Ines Carvalho</td></tr><tr><th>Type of case</th><td>Slip and Fall</td></tr></table>', 'html',
      [['name', 'Ines Carvalho'], ['practiceArea', 'Slip and Fall']]],
    ['HTML label rows above value rows (Gravity Forms)', '<table><tr><td colspan="2"><strong>E-mail</strong></td></tr><tr><td>&nbsp;</td><td>kim@mail.example</td></tr></table>', 'html',
      [['email', 'kim@mail.example']]],
    ['a message over several lines', 'Name: Kim\nMessage: First line\nsecond line\n\nPowered by: Elementor', 'text',
      [['name', 'Kim'], ['message', 'First line\nsecond line'], ['meta', 'Elementor']]],
  ])('%s', (_name, body, type, expected) => {
    expect(pairs(body, type)).toEqual(expected);
  });

  it.each([
    ['a sentence with a colon', 'Here is what happened: I was rear-ended on Monday.'],
    ['a greeting and prose', 'Hi Lena,\n\nThanks for the draft. I have two questions.'],
  ])('reads no known field from %s', (_name, body) => {
    expect(pairs(body)).toEqual([]);
  });
});
