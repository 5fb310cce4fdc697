// Words that tell a prospective client's request for help from everything else that reaches an
// intake inbox looking like one: vendors and SEO agencies (often through the firm's own web form),
// job seekers, existing clients about their matter, other lawyers about a case, court notices.

export type NotLead = 'vendor' | 'job' | 'existing_client' | 'lawyer' | 'court' | 'not_legal';

const VENDOR = /\b(seo|search engine|(google )?rankings?\b|first page of google|page one of google|backlinks?|guest posts?|domain authority|high da\b|web ?design|website (redesign|audit)|ran an audit|(digital )?marketing (agency|company|services)|(our|an?) agency\b|lead gen(eration)?|pre-screened|exclusive,? (pre-screened )?(leads|cases)|leads for (your )?(law )?firms?|(case|car accident|pi) leads\b|(answering|receptionist|intake) (service|services|software|platform)|virtual receptionists?|free (audit|trial|demo|mockup|redesign|report|trial week)|(book|schedule) a (demo|(\d+[- ]minute|quick|brief|free) (call|chat|demo))\b|send (over|you) (pricing|a proposal|our rate)|case stud(y|ies)|firms like yours|law firms like|account executive|business development|(we|our (clients|software|platform|agency|team|company)) (help|average|provide|offer|specialize|generate|build|recover|answer)s?\b|pre-settlement funding|document review services|contract attorneys|rate sheet|click here|crypto|bitcoin|partner(ship)? (opportunity|with your firm)|are you the right person|web visitors|more (cases|clients|leads) (from|per|each)|(lost|missed) (cases|revenue)|software widget)\b/i;
const JOB = /\b(resume|résumé|curriculum vitae|cover letter|writing sample|job (posting|opening|application)|apply(ing)? for the\b|applied for the \w+( \w+)? (position|job|opening|role)|(open|posted) (\w+ ){0,2}(position|opening|role)|(associate|paralegal|legal assistant|receptionist|clerk|attorney) (position|opening|role|job)|summer (intern|associate)s?|internship|careers page|available to start)\b/i;
const EXISTING = /\b((existing|current) client|as (we )?discussed|per our (call|conversation|meeting|discussion)|you (asked for|sent|mentioned|filed|requested)|(thanks|thank you) for (sending|meeting|getting back|fitting)|handling my (case|matter)|my (hearing|case|matter|deposition|trial) (is )?still\b|(the|my|your|this) (\w+ )?invoice|fee agreement|retainer agreement|engagement letter|signed retainer|parenting plan|final accounting|(more|new) (medical )?bills\b|(attached|enclosed|scanned) (them|it|is the|are the|here)\b|here (is|are) the\b|[A-Z][a-z]+ v\. [A-Z])/i;
const LAWYER = /(^\s*counsel,)|\b((your|opposing) client|opposing counsel|counsel (for|of record)|co-?counsel(ing)?|my client (has|is|was|will|would|asked)|interrogatories|motion to compel|stipulation|discovery|plea offer|(I'm|I am) handling|pick your brain|notice of deposition|meet and confer)\b/im;
const COURT = /\b(notice of (hearing|electronic filing|appearance)|clerk of (the )?court|clerk of the \w+|docket (text|entry)|orphans' court division|cm\/ecf|pacfile|this is an automat(ed|ic)( e-?mail)? message)\b/i;
const NOT_LEGAL = /\b(unsubscribe|remove (me|my (information|info|email|name|address))|(off|from) your mailing list|stop (emailing|sending|contacting))\b/i;

/** Why this text is not a prospective client's request, or null. Vendor and job wording wins over
 *  legal words, which pitches are full of ("more car accident cases for your firm"). */
export function notALead(text: string, referral = false): NotLead | null {
  const t = text.slice(0, 20_000);
  if (VENDOR.test(t)) return 'vendor';
  if (JOB.test(t)) return 'job';
  if (COURT.test(t)) return 'court';
  if (NOT_LEGAL.test(t)) return 'not_legal';
  // A lawyer referring a client talks about "my client": that is the referral, not a case against us.
  if (referral) return null;
  if (LAWYER.test(t)) return 'lawyer';
  if (EXISTING.test(t)) return 'existing_client';
  return null;
}

// A prospect asking for help: "Do you handle DUI cases?", "I need a lawyer", "Can someone call me?",
// "Please let me know if you can help.", "We want to start her green card application.",
// "Someone told me there is a deadline to apply for asylum."
const ASKS_FOR_HELP = /\b((can|could|would|will) (you|someone|somebody|anyone|your (firm|office)|a (lawyer|attorney))\b[^.?!\n]{0,40}?\b(help|call|contact|come|see|visit|meet|represent|look|take|handle|advise|tell)|please (help|call|contact|email|advise)|help (me|us)\b|need (a |an |some |legal )?([\w-]+ ){0,2}(lawyer|attorney|help|representation|advice|counsel)|need (someone|somebody) to (represent|help)|looking for (a |an )([\w-]+ ){0,3}(lawyer|attorney)|do you (handle|take|do|represent|practice|have availability)|is (this|it) something (your firm|you)|(consultation|consult)\b|represent (me|him|her|us|them)|what (are|is) your (fees?|rates?|prices?)|what (would|do|does|will) (you|it) (charge|cost)|how much (do|would|will) (you|it) (charge|cost)|(have|had) a (case|claim)|(my|our|the) options|any way to|anything (that )?(can|could) be done|what (can|should|do) (I|we) do|what happens now|(should|do) (I|we) (get|need|hire) a (lawyer|attorney)|(would|will) you be (willing|able|open)|(I'd|I would|we'd|we would) (like|appreciate) (to (schedule|set up|speak|talk|meet|make|discuss)|(your )?(help|advice))|(want|need|like) (to know|help with)|call me|reach me at|(I|we) want a (lawyer|attorney)|worth fighting|can (I|we) sue|do (I|we) need|(you|your (firm|office)|someone) (can|could|might be able to) help|(I|we) (want|need|plan|would like|hope|am trying|are trying) to (start|file|apply|begin|sue|contest|fight|appeal|modify|adopt|get (a|an|my|our|her|his) (divorce|visa|green card|will|trust))|deadline to (apply|file|respond))\b/i;
// "I'm referring my client Monica Feld to you", "I'd like to introduce you to…", "I gave him your name"
const REFERRAL = /\b(referr(ing|ed)|referral|refer (him|her|them|my|a|you)|introduc(e|ing|tion)|sending you a (client|referral)|gave (him|her|them) your name|(he|she|they) may (contact|call) you|(would|will) you be (willing|open) to (talk|speak|take|meet|help)|(I'd|I would) like you to (handle|take|represent|help|talk)|(suggested|recommended) (that )?I (contact|call|reach out)|take (it|things) from here|(could|can|would|will|please) (you )?(give|call|contact) (him|her|them)\b|reach out to (him|her|them)|(he|she|they) (needs?|is looking for|are looking for) (a|an) ([\w-]+ ){0,2}(lawyer|attorney))\b/i;

// "I was hit by…", "my son was arrested", "I got served with divorce papers", "my father passed away":
// a stranger telling the firm what happened to them is asking for help even without a question.
const PROBLEM = /\b(I|we|my (\w+ ){0,2}(husband|wife|son|daughter|father|mother|dad|mom|brother|sister|child|kids?|boyfriend|girlfriend|partner|parents?|grandmother|grandfather|aunt|uncle|friend))( just)? (was|were|got|have been|has been|had been|am|is|are|just)( \w+){0,2}? (hit|arrested|injured|hurt|served|fired|terminated|charged|detained|bitten|rear-?ended|sued|evicted|denied|pulled over|deported|laid off|attacked|assaulted|killed|picked up|locked up|taken)\b|\b(I|we|my \w+)( \w+)? (was|were|got|have been|has been) in (a|an) ([\w-]+ ){0,2}(accident|crash|wreck|collision)\b|\b(passed away|died)\b|\b(necesito|necesitamos) (un |una )?(abogad[oa]|ayuda)\b|\bfue (arrestad[oa]|detenid[oa]|deportad[oa])\b/i;

export const describesProblem = (text: string): string | null => PROBLEM.exec(text.slice(0, 20_000))?.[0] ?? null;
export const asksForHelp = (text: string): string | null => ASKS_FOR_HELP.exec(text.slice(0, 20_000))?.[0] ?? null;
export const referralCue = (text: string): string | null => REFERRAL.exec(text.slice(0, 20_000))?.[0] ?? null;

// "Gregory Haines, Esq.", "…@hainestaxlaw.example", "Tully Family Law": the sender is a lawyer.
export const isLawyerSender = (name: string, address: string, text: string): boolean =>
  /\besq\.?\b|\battorney\b/i.test(name) || /@[\w.-]*(law|legal|esq|attorney|counsel|mediation)[\w-]*\./i.test(address)
  || /\n\s*[\w&.' -]{0,40}\b(law( group| firm| offices?)?|legal|LLP|mediation)\s*$/im.test(text.slice(-400));
