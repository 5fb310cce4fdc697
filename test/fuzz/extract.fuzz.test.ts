// Fuzzing the extraction core: bad input yields a result or an empty list, never a throw or a hang,
// and every suggestion is well formed (invariants.ts). Generated cases run in this process with a
// fixed seed (FUZZ_SEED overrides it, FUZZ_SCALE multiplies the runs); extreme fixed cases run in
// a process each, killed when they hang. Speed is not asserted anywhere.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BodyType, EmailMessage } from '../../shared/email';
import { extractAsks, type Suggestion } from '../../shared/extract';
import { chaosSoup, HIDDEN_MARKER, nestedHtml, nestingRecipe, tokenizedSoup } from './arb-html';
import { message, quotedBody, quotingRecipe, randomHeaders, runBody, runRecipe } from './arb-message';
import { latin1Text, proseText, unicodeText } from './arb-text';
import { COUNTEREXAMPLES } from './counterexamples';
import { EXTREME_CASES } from './extreme-cases';
import { assertWellFormed } from './invariants';
import { caseRunner, type CaseRunner, type Outcome } from './own-process';

const SEED = process.env.FUZZ_SEED ? Number.parseInt(process.env.FUZZ_SEED, 10) | 0 : 20260108;
const SCALE = Number(process.env.FUZZ_SCALE ?? 1) || 1;
console.log(`[fuzz] fast-check seed ${SEED}, runs x${SCALE} (reproduce: FUZZ_SEED=${SEED} npx vitest run --config test/vitest.config.ts test/fuzz)`);

const runs = (numRuns: number): fc.Parameters<unknown> => ({ seed: SEED, numRuns: Math.max(1, Math.round(numRuns * SCALE)) });
const bodyType = fc.constantFrom<BodyType>('text', 'html');

/** Extract and check the result; returns the suggestions for properties that ask more. */
function extractChecked(m: EmailMessage): Suggestion[] {
  const suggestions = extractAsks(m);
  assertWellFormed(m, suggestions);
  return suggestions;
}

describe(`extractAsks on generated messages (fast-check seed ${SEED})`, () => {
  it('arbitrary unicode: lone surrogates, NUL and controls, bidi marks, combining marks, ZWJ emoji', () => {
    fc.assert(fc.property(unicodeText, bodyType, (body, type) => { extractChecked(message(body, type)); }), runs(300));
  });

  it('law-firm prose in mixed scripts with unicode noise (and the generator reaches the asks)', () => {
    const params = runs(300);
    let withAsks = 0;
    fc.assert(fc.property(proseText, bodyType, (body, type) => {
      if (extractChecked(message(body, type)).length > 0) withAsks += 1;
    }), params);
    // Not a quality check: proof that generated messages get past the first stages.
    expect(withAsks).toBeGreaterThan((params.numRuns ?? 0) * 0.3);
  });

  it('binary bytes decoded as latin1, and UTF-8 read as latin1', () => {
    fc.assert(fc.property(latin1Text, bodyType, (body, type) => { extractChecked(message(body, type)); }), runs(300));
  });

  it('tag soup: unclosed and misnested tags, comments, CDATA, entities, broken attributes', () => {
    fc.assert(fc.property(chaosSoup, (body) => { extractChecked(message(body, 'html')); }), runs(200));
  });

  it('text inside <script> and <style> never becomes a suggestion', () => {
    fc.assert(fc.property(tokenizedSoup, (body) => {
      const leaked = extractChecked(message(body, 'html')).filter((s) => s.text.includes(HIDDEN_MARKER));
      expect(leaked.map((s) => s.text)).toEqual([]);
    }), runs(200));
  });

  it('thousands of levels of > quoting', () => {
    fc.assert(fc.property(quotingRecipe, (recipe) => { extractChecked(message(quotedBody(recipe), 'text')); }), runs(40));
  });

  it('thousands of nested blockquotes, divs, spans and tables', () => {
    fc.assert(fc.property(nestingRecipe, (recipe) => { extractChecked(message(nestedHtml(recipe), 'html')); }), runs(25));
  });

  it('runs of up to 10 000 "?" or ".", long tokens without spaces, long lines', () => {
    fc.assert(fc.property(runRecipe, bodyType, (recipe, type) => { extractChecked(message(runBody(recipe), type)); }), runs(40));
  });

  it('random headers: odd names and addresses, invalid sentAt, invalid time zones', () => {
    fc.assert(fc.property(randomHeaders, proseText, bodyType, (headers, body, type) => {
      extractChecked(message(body, type, headers));
    }), runs(300));
  });
});

describe('counterexamples the fuzzer found, kept as fixed cases', () => {
  for (const { title, message: m } of COUNTEREXAMPLES) it(title, () => { extractChecked(m); });
});

/** The hang detector for the extreme cases: a child that gives no result in this time is killed. */
const HANG_AFTER_MS = 20_000;
/** Extraction reads at most 200 KB of body; 512 MB of heap is far more than that needs. */
const HEAP_MB = 512;
const CHILDREN_AT_ONCE = 3;
/** Only bounds the wait in the queue behind other children; the kill above is what detects a hang. */
const QUEUE_WAIT_MS = (Math.ceil(Object.keys(EXTREME_CASES).length / CHILDREN_AT_ONCE) + 1) * HANG_AFTER_MS;

// The extreme cases start before the generated ones, in child processes, and run alongside them.
let runner: CaseRunner | undefined;
const outcomes = new Map<string, Promise<Outcome>>();
beforeAll(async () => {
  runner = await caseRunner({ hangAfterMs: HANG_AFTER_MS, heapMb: HEAP_MB, concurrency: CHILDREN_AT_ONCE });
  for (const name of Object.keys(EXTREME_CASES)) outcomes.set(name, runner.run(name));
});
afterAll(() => runner?.dispose());

describe.concurrent(`extractAsks on extreme inputs (a process each, killed after ${HANG_AFTER_MS / 1000} s)`, () => {
  for (const [name, { title }] of Object.entries(EXTREME_CASES)) {
    it(`${title} [${name}]`, async () => {
      const outcome = await outcomes.get(name);
      expect(outcome?.ok, `${title}: ${outcome?.report ?? 'not started'}`).toBe(true);
    }, QUEUE_WAIT_MS);
  }
});
