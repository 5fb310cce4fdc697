// Scores the extractor on our own regression set, tune and holdout reported separately.
//
//   node --import tsx test/extraction/eval-regression.ts [--details] [--split tune|holdout] [--id reg-012]
//
// --details lists every miss (FN), false alarm (FP) and wrong owner/due/time/forwarded with its id, for
// the tune split only unless --split holdout is given explicitly (holdout stays unread while tuning);
// --id prints one record's labels next to what the extractor proposed. The last line sums up the splits.
import { predict } from './predict';
import { loadSplit, SPLITS, type GoldRecord, type Split } from './records';
import { details, oneLine, table } from './report';
import { recordProblems, scoreRecord, type RecordResult } from './score';
import { summarize } from './summary';

interface Options {
  readonly details: boolean;
  /** true when --split was given: details are then shown for that split, holdout included. */
  readonly explicit: boolean;
  readonly splits: readonly Split[];
  readonly id: string | null;
}

function parseArgs(argv: readonly string[]): Options {
  let showDetails = false;
  let splits: readonly Split[] = SPLITS;
  let explicit = false;
  let id: string | null = null;
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    if (a === '--details') showDetails = true;
    else if (a === '--split' && (argv[i + 1] === 'tune' || argv[i + 1] === 'holdout')) {
      splits = [argv[++i] as Split];
      explicit = true;
    }
    else if (a === '--id' && argv[i + 1]) id = argv[++i] ?? null;
    else {
      process.stderr.write('usage: eval-regression.ts [--details] [--split tune|holdout] [--id reg-NNN]\n');
      process.exit(2);
    }
  }
  return { details: showDetails, explicit, splits, id };
}

function showRecord(record: GoldRecord): void {
  const result = scoreRecord(record, predict(record));
  console.log(`${record.id} ${record.subject} (${record.sentAt}, ${record.timeZone})`);
  for (const l of record.labels) console.log(`  gold ${JSON.stringify(l)}`);
  for (const p of predict(record)) console.log(`  pred ${JSON.stringify(p)}`);
  const problems = recordProblems(result);
  console.log(problems.length ? problems.map((p) => `  ! ${p}`).join('\n') : '  exact match');
}

function main(): void {
  const opt = parseArgs(process.argv.slice(2));
  if (opt.id) {
    const record = SPLITS.flatMap(loadSplit).find((r) => r.id === opt.id);
    if (!record) throw new Error(`no record ${opt.id}`);
    showRecord(record);
    return;
  }
  const lines: string[] = [];
  for (const split of opt.splits) {
    const results: RecordResult[] = loadSplit(split).map((r) => scoreRecord(r, predict(r)));
    const s = summarize(results, (r) => recordProblems(r).length === 0);
    console.log(table(split, s).join('\n'));
    if (opt.details && (split === 'tune' || opt.explicit)) console.log(details(results).join('\n'));
    console.log('');
    lines.push(oneLine(split, s));
  }
  console.log(lines.join('\n'));
}

main();
