// One extreme case in a process of its own:  node --import tsx test/fuzz/run-case.ts <case>
// Prints one JSON line on success; an uncaught error exits 1 with its stack on stderr.
import { extractAsks } from '../../shared/extract';
import { EXTREME_CASES } from './extreme-cases';
import { assertWellFormed } from './invariants';

const name = process.argv[2] ?? '';
const extreme = EXTREME_CASES[name];
if (!extreme) {
  process.stderr.write(`Unknown case "${name}". Known: ${Object.keys(EXTREME_CASES).join(', ')}\n`);
  process.exit(2);
}
const message = extreme.build();
const suggestions = extractAsks(message);
assertWellFormed(message, suggestions);
process.stdout.write(`${JSON.stringify({ case: name, bodyChars: message.body.length, suggestions: suggestions.length })}\n`);
