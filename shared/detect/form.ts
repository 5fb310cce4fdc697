// Web-form notifications: the website (WordPress, Squarespace, Wix, Clio Grow, Lawmatics…) mails the
// firm what a visitor typed. The sender is the website, so the prospect's name, email and phone come
// from the fields ("Full Name", "Your Email", "Cell"…), or a Reply-To header set to the visitor.
import { fieldValue, type Field } from './fields';
import type { ReadMessage } from './message-text';
import { cleanPersonName } from './person-name';
import { firstPhone, normalizePhone } from './phone';

// "New submission from Contact Us", "New Entry: Contact Form", "[Site] subject" (Contact Form 7),
// 'New message from "Site"' (Elementor), "New Message From Site" (Divi), "New Lead: …" (Clio Grow,
// Lawmatics), "Form Submission - Contact Us" (Squarespace), "You have a new form submission" (Wix).
const FORM_SUBJECT = /\b(new (form )?(submission|entry|lead|inquiry|enquiry|contact|web lead|website lead)|form submission|new message from\b|(website|web|online) (inquiry|enquiry|lead|contact)|contact (us )?form|intake form|free (case evaluation|consultation)|request a callback)\b|^\s*\[[^\]]{2,60}\]\s+\S/i;
// Mail systems tag subjects too ("[EXTERNAL] Re: …"): those brackets are not a form's site name.
const TAG = /^\s*\[(external|ext|spam|bulk|suspicious|caution|warning|secure|encrypt)\w*\]/i;
const FORM_BODY = /\b(sent from a contact form|powered by:? elementor|sent via form submission|(got|have|received) a new (form )?submission|new lead (in|from)|a new (lead|intake form|inquiry) was (created|submitted)|form was submitted|view (this )?(lead|submission|entry|all submissions)|submitted (through|via|on) (your|the) (website|intake form|contact form)|(sent|submitted) from .{1,60}(website|contact form))\b/i;
const EMAIL = /[\w.+'-]+@[\w-]+(\.[\w-]+)+/;

export interface FormReading {
  readonly name: string | null;
  readonly email: string | null;
  readonly phone: string | null;
  readonly message: string;
  readonly practiceArea: string | null;
  readonly evidence: string[];
}

/** Name, email, phone; Contact Form 7's "From: Kim Tran <kim@…>" gives two at once. */
function contactFieldCount(fields: readonly Field[]): number {
  const from = fieldValue(fields, 'from');
  const fromCount = from && EMAIL.test(from) ? (from.replace(EMAIL, '').replace(/[<>\s]/g, '') ? 2 : 1) : 0;
  return (['name', 'firstName', 'email', 'phone'] as const).filter((k) => fieldValue(fields, k)).length + fromCount;
}

/** Markers that `m` is a form notification, or null. Two or more contact fields and a form's subject
 *  or wording; or three contact fields and a message field with no other explanation. */
export function formMarkers(m: ReadMessage, fields: readonly Field[]): string[] | null {
  const contacts = contactFieldCount(fields);
  const subject = TAG.test(m.subject) ? null : FORM_SUBJECT.exec(m.subject);
  const body = FORM_BODY.exec(m.text.slice(0, 20_000));
  const hasMessage = fields.some((f) => f.key === 'message' || f.key === 'practiceArea');
  const markers = [subject && `form subject "${subject[0].trim()}"`, body && `form wording "${body[0]}"`].filter((x): x is string => Boolean(x));
  // A signature block ("Phone: …\nEmail: …") has contact fields too, but no message field.
  if (contacts >= 2 && hasMessage && markers.length > 0) return [...markers, `${contacts} contact fields`];
  if (contacts >= 3 && hasMessage) return [`${contacts} contact fields and a message field`];
  return null;
}

function nameOf(fields: readonly Field[]): string | null {
  const whole = fieldValue(fields, 'name');
  if (whole) return cleanPersonName(whole);
  const parts = [fieldValue(fields, 'firstName'), fieldValue(fields, 'lastName')].filter(Boolean).join(' ');
  if (parts) return cleanPersonName(parts);
  // Contact Form 7: "From: Kim Tran <kim.tran@mailbox.example>"
  return cleanPersonName(fieldValue(fields, 'from')?.replace(EMAIL, '').replace(/[<>]/g, ''));
}

export function readForm(m: ReadMessage, fields: readonly Field[]): FormReading {
  const emailField = fieldValue(fields, 'email') ?? fieldValue(fields, 'from');
  const replyTo = m.header('Reply-To');
  const email = EMAIL.exec(emailField ?? '')?.[0] ?? EMAIL.exec(replyTo ?? '')?.[0] ?? null;
  const phoneField = fieldValue(fields, 'phone') ?? fieldValue(fields, 'callerNumber');
  const message = fieldValue(fields, 'message') ?? '';
  const phone = (phoneField && normalizePhone(phoneField)) || firstPhone(message);
  const name = nameOf(fields);
  return {
    name,
    email: email?.toLowerCase() ?? null,
    phone,
    message,
    practiceArea: fieldValue(fields, 'practiceArea'),
    evidence: [
      name ? 'name from the form' : 'no name on the form',
      email ? (emailField ? 'email from the form' : 'email from the Reply-To header') : 'no email on the form',
      phone ? (phoneField ? 'phone from the form' : 'phone from the message') : 'no phone on the form',
    ],
  };
}
