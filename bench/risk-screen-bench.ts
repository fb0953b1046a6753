/*
 * How long the local risk screen takes, per message. Not a test: it prints a
 * table and always exits 0.
 *
 *   node /tmp/risk-build/bench/risk-screen-bench.js [file.jsonl ...]
 *   (or npx tsx bench/risk-screen-bench.ts, where tsx is installed)
 *
 * With no files it times the labelled messages in test/data/risk-cases.jsonl
 * and, when it is there, ../shared/data/risk-dev.jsonl (from the project
 * root, found by walking up from the working directory), then two 100 KB
 * messages: a rambling one with a disclosure buried in the middle, and one
 * made of nothing but disclosures.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { screenMessage as screenRisk } from '../src/domain/risk/screen';

const ITERATIONS = 50;
const WARM_UP = 3;
const LONG_RUNS = 20;
const LONG_BYTES = 100 * 1024;

interface Row {
  readonly name: string;
  readonly calls: number;
  readonly times: readonly number[];
}

function projectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return from;
  }
}

function readMessages(file: string): { text: string; level: string }[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { text: string; level: string });
}

/** Microseconds per call, one entry per call. */
function time(texts: readonly string[], iterations: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    for (const text of texts) {
      const start = process.hrtime.bigint();
      screenRisk(text);
      times.push(Number(process.hrtime.bigint() - start) / 1000);
    }
  }
  return times;
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

function fill(parts: readonly string[], bytes: number): string {
  let out = '';
  for (let i = 0; out.length < bytes; i++) out += `${parts[i % parts.length] ?? ''}. `;
  return out.slice(0, bytes);
}

function main(argv: readonly string[]): void {
  const root = projectRoot(process.cwd());
  const named = argv.filter((a) => !a.startsWith('--'));
  const files =
    named.length > 0
      ? named.map((f) => path.resolve(f))
      : [path.join(root, 'test/data/risk-cases.jsonl'), path.join(root, '../shared/data/risk-dev.jsonl')].filter((f) => existsSync(f));
  const messages = files.flatMap(readMessages);
  if (messages.length === 0) {
    console.error('risk-screen-bench: no labelled messages found; pass a .jsonl path or run from the project folder');
    process.exitCode = 2;
    return;
  }
  const texts = messages.map((m) => m.text);
  const quiet = messages.filter((m) => m.level === 'none').map((m) => m.text);
  const alarming = messages.filter((m) => m.level !== 'none').map((m) => m.text);
  const rambling = fill(quiet, LONG_BYTES / 2) + (alarming[0] ?? '') + '. ' + fill(quiet, LONG_BYTES / 2);
  const dense = fill(alarming, LONG_BYTES);

  time(texts, WARM_UP);
  const rows: Row[] = [
    { name: `labelled messages (${texts.length}, x${ITERATIONS})`, calls: texts.length * ITERATIONS, times: time(texts, ITERATIONS) },
    { name: '100 KB rambling, disclosure in the middle', calls: LONG_RUNS, times: time([rambling], LONG_RUNS) },
    { name: '100 KB of nothing but disclosures', calls: LONG_RUNS, times: time([dense], LONG_RUNS) },
  ];

  const header = ['', 'calls', 'median µs', 'p90 µs', 'p99 µs', 'max µs'];
  const lines = rows.map((r) => {
    const sorted = [...r.times].sort((a, b) => a - b);
    return [r.name, String(r.calls), ...[0.5, 0.9, 0.99, 1].map((q) => quantile(sorted, q).toFixed(0))];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const format = (cells: readonly string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log(`risk screen timings (${files.map((f) => path.relative(process.cwd(), f) || f).join(', ')})`);
  console.log(format(header));
  for (const l of lines) console.log(format(l));
}

main(process.argv.slice(2));
