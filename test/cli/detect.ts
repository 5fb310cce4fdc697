// Evaluation hook: `npm run --silent detect -- FILE.jsonl [--firm-domain D]…` prints one JSON line per
// record: {"id","kind","expectsReply","caller":{"name","phone"}|null,"contact":{"name","email","phone"}|null,
// "practiceArea","urgent"}. Records are in the format of shared/eval/detect-dev.jsonl (message fields,
// optional messageClass, headers, attachments; `expect` is ignored).
// The firm's domains are the --firm-domain flags; without them, the domain that receives the most
// mail in the file (the most common To/Cc domain) is taken as the firm's, since a firm's mailboxes
// are the recipients of nearly everything scanned. A malformed line is reported on stderr, naming
// the line, and skipped; the exit status is 0 unless the file cannot be read (2).
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { detectMessage, type DetectableMessage } from '../../shared/detect';
import { mailAddressSchema } from '../../shared/followup';

const recordSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  conversationId: z.string().nullish(),
  subject: z.string().default(''),
  from: mailAddressSchema.nullish(),
  to: z.array(mailAddressSchema).default([]),
  cc: z.array(mailAddressSchema).default([]),
  sentAt: z.string().default(''),
  timeZone: z.string().default('UTC'),
  bodyType: z.enum(['text', 'html']).default('text'),
  body: z.string().default(''),
  messageClass: z.string().nullish(),
  headers: z.record(z.string(), z.string()).optional(),
  attachments: z.array(z.object({ name: z.string().default(''), contentType: z.string().default(''), size: z.number().default(0) })).optional(),
});
type Record = z.infer<typeof recordSchema>;

function parseArgs(argv: readonly string[]): { file: string | null; domains: string[] } {
  const domains: string[] = [];
  let file: string | null = null;
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--firm-domain' && argv[i + 1]) domains.push(argv[++i]!.toLowerCase());
    else if (argv[i]?.startsWith('--firm-domain=')) domains.push(argv[i]!.slice('--firm-domain='.length).toLowerCase());
    else if (!argv[i]?.startsWith('--')) file = argv[i] ?? null;
  }
  return { file, domains };
}

/** The most common recipient domain across the records. */
function inferFirmDomain(records: readonly Record[]): string[] {
  const counts = new Map<string, number>();
  for (const r of records) {
    for (const a of [...r.to, ...r.cc]) {
      const d = a.address.slice(a.address.lastIndexOf('@') + 1).toLowerCase();
      if (d) counts.set(d, (counts.get(d) ?? 0) + 1);
    }
  }
  const top = [...counts].sort((a, b) => b[1] - a[1])[0];
  return top ? [top[0]] : [];
}

const { file, domains } = parseArgs(process.argv.slice(2));
if (!file) {
  console.error('usage: npm run --silent detect -- FILE.jsonl [--firm-domain example.com]…');
  process.exit(2);
}
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (err) {
  console.error(`detect: cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(2);
}

const records: Record[] = [];
text.split('\n').forEach((line, i) => {
  if (!line.trim()) return;
  try {
    records.push(recordSchema.parse(JSON.parse(line)));
  } catch (err) {
    const why = err instanceof z.ZodError ? `${err.issues[0]?.path.join('.')}: ${err.issues[0]?.message}` : err instanceof Error ? err.message : String(err);
    console.error(`${file}:${i + 1}: skipped malformed record: ${why}`);
  }
});

const firm = { domains: domains.length > 0 ? domains : inferFirmDomain(records) };
if (domains.length === 0) console.error(`detect: firm domain inferred as ${firm.domains.join(', ') || '(none)'} (use --firm-domain to set it)`);
for (const r of records) {
  const message: DetectableMessage = { ...r, conversationId: r.conversationId ?? null, from: r.from ?? null };
  const d = detectMessage(message, firm);
  console.log(JSON.stringify({
    id: r.id,
    kind: d.kind,
    expectsReply: d.expectsReply,
    caller: d.caller ? { name: d.caller.name, phone: d.caller.phone } : null,
    contact: d.contact ? { name: d.contact.name, email: d.contact.email, phone: d.contact.phone } : null,
    practiceArea: d.practiceArea,
    urgent: d.urgent,
  }));
}
