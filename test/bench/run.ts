// `npm run bench`: extraction throughput and per-email latency on one core. Prints figures; it
// never fails on timing (speed is measured, not asserted).
import { extractAsks } from '../../shared/extract';
import { corpus } from './corpus';

const messages = corpus(Number(process.env.BENCH_COUNT ?? 1000));
for (const m of messages.slice(0, 50)) extractAsks(m); // warm up the JIT and compromise's lexicon

const latencies: number[] = [];
let asks = 0;
const start = performance.now();
for (const m of messages) {
  const t = performance.now();
  asks += extractAsks(m).length;
  latencies.push(performance.now() - t);
}
const total = performance.now() - start;
latencies.sort((a, b) => a - b);
const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!;
const words = messages.reduce((n, m) => n + m.body.split(/\s+/).length, 0);

console.log(`extraction: ${messages.length} emails (${Math.round(words / messages.length)} words avg, quoted history included), ${asks} asks`);
console.log(`  throughput ${(messages.length / (total / 1000)).toFixed(0)} emails/s on one core`);
console.log(`  latency p50 ${pct(50).toFixed(2)} ms, p95 ${pct(95).toFixed(2)} ms, p99 ${pct(99).toFixed(2)} ms, max ${pct(100).toFixed(2)} ms`);
