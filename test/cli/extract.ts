// Evaluation hook: `npm run --silent extract -- FILE.jsonl` prints one JSON line per email record:
// {"id", "asks": [{"text", "kind", "owner", "due", "dueTime", "forwarded"}]}. A bad record is
// reported on stderr and still gets a line (with no asks), so the output stays aligned.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { extractAsks } from '../../shared/extract';
import { mailAddressSchema } from '../../shared/followup';

const recordSchema = z.object({
  id: z.string(),
  conversationId: z.string().nullish(),
  subject: z.string().default(''),
  from: mailAddressSchema.nullish(),
  to: z.array(mailAddressSchema).default([]),
  cc: z.array(mailAddressSchema).default([]),
  sentAt: z.string(),
  timeZone: z.string().default('UTC'),
  bodyType: z.enum(['text', 'html']).default('text'),
  body: z.string().default(''),
});

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run --silent extract -- FILE.jsonl');
  process.exit(2);
}
const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
lines.forEach((line, i) => {
  let id = `line-${i + 1}`;
  try {
    const raw: unknown = JSON.parse(line);
    id = typeof raw === 'object' && raw && 'id' in raw ? String(raw.id) : id;
    const r = recordSchema.parse(raw);
    const asks = extractAsks({
      id: r.id, conversationId: r.conversationId ?? null, internetMessageId: null, subject: r.subject,
      from: r.from ?? null, to: r.to, cc: r.cc, sentAt: r.sentAt, timeZone: r.timeZone, bodyType: r.bodyType,
      body: r.body, webLink: null,
    }).map(({ text, kind, owner, due, dueTime, forwarded }) => ({ text, kind, owner, due, dueTime, forwarded }));
    console.log(JSON.stringify({ id: r.id, asks }));
  } catch (err) {
    console.error(`${file}:${i + 1}: skipped record ${id}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
    console.log(JSON.stringify({ id, asks: [] }));
  }
});
