/*
 * Scores the local risk screen against labelled messages.
 *
 *   node /tmp/risk-build/scripts/risk-eval.js [file.jsonl ...] [--verbose]
 *   (or npx tsx scripts/risk-eval.ts, where tsx is installed)
 *
 * With no files it reads our labelled sets in test/data and, when it is there,
 * ../shared/data/risk-dev.jsonl, both from the project root (found by walking
 * up from the working directory to package.json).
 *
 * emergency: caught only as emergency. high: caught as high or emergency.
 * none: any alarm is a false alarm. Exits 1 unless, in every file, English
 * emergency recall is 100 %, English high recall is at least 95 % and
 * English false alarms are at most 5 %.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { RiskLevel } from '../src/domain/risk/risk-assessment';
import { screenMessage as screenRisk } from '../src/domain/risk/screen';

interface LabelledCase {
  readonly id: string;
  readonly level: RiskLevel;
  readonly lang: string;
  readonly text: string;
}

interface Tally {
  caught: number;
  total: number;
}

interface Miss {
  readonly row: LabelledCase;
  readonly got: RiskLevel;
  readonly reasons: readonly string[];
}

const LEVELS: readonly RiskLevel[] = ['emergency', 'high', 'none'];
const MIN_HIGH_RECALL = 0.95;
const MAX_FALSE_ALARMS = 0.05;

function projectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return from;
  }
}

function readCases(file: string): LabelledCase[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, n }) => {
      const row = JSON.parse(line) as Partial<LabelledCase>;
      if (typeof row.text !== 'string' || typeof row.id !== 'string' || typeof row.lang !== 'string' || !LEVELS.includes(row.level as RiskLevel)) {
        throw new Error(`${file}:${n}: each line needs "id", "lang", "text" and a "level" of emergency, high or none`);
      }
      return row as LabelledCase;
    });
}

function caught(expected: RiskLevel, got: RiskLevel): boolean {
  if (expected === 'emergency') return got === 'emergency';
  if (expected === 'high') return got !== 'none';
  return got === 'none';
}

function percent(t: Tally): string {
  return t.total === 0 ? '   -  ' : `${((100 * t.caught) / t.total).toFixed(1).padStart(5)}%`;
}

function scoreFile(file: string, verbose: boolean): boolean {
  const rows = readCases(file);
  const tallies = new Map<string, Record<RiskLevel, Tally>>();
  const misses: Miss[] = [];
  for (const row of rows) {
    const result = screenRisk(row.text);
    const byLevel = tallies.get(row.lang) ?? { emergency: { caught: 0, total: 0 }, high: { caught: 0, total: 0 }, none: { caught: 0, total: 0 } };
    tallies.set(row.lang, byLevel);
    const t = byLevel[row.level];
    t.total++;
    if (caught(row.level, result.level)) t.caught++;
    else misses.push({ row, got: result.level, reasons: result.reasons });
  }

  console.log(`\n${path.relative(process.cwd(), file) || file}: ${rows.length} messages`);
  console.log('  lang  emergency recall      high recall (high+)   false alarms on none');
  for (const [lang, t] of [...tallies].sort(([a], [b]) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)))) {
    const falseAlarms = t.none.total - t.none.caught;
    const rate = t.none.total === 0 ? '   -  ' : `${((100 * falseAlarms) / t.none.total).toFixed(1).padStart(5)}%`;
    console.log(
      `  ${lang.padEnd(4)}  ${`${t.emergency.caught}/${t.emergency.total}`.padStart(7)} ${percent(t.emergency)}     ` +
        `${`${t.high.caught}/${t.high.total}`.padStart(7)} ${percent(t.high)}     ${`${falseAlarms}/${t.none.total}`.padStart(7)} ${rate}`,
    );
  }
  if (verbose) {
    for (const m of misses) {
      const text = m.row.text.length > 140 ? `${m.row.text.slice(0, 140)}…` : m.row.text;
      console.log(`  miss ${m.row.id} [${m.row.level}/${m.row.lang}] got ${m.got}: ${JSON.stringify(text)}${m.reasons.length ? `  <- ${m.reasons.join('; ')}` : ''}`);
    }
  }

  const en = tallies.get('en');
  if (!en) return true;
  const falseAlarms = en.none.total - en.none.caught;
  const ok =
    en.emergency.caught === en.emergency.total &&
    en.high.caught >= MIN_HIGH_RECALL * en.high.total &&
    falseAlarms <= MAX_FALSE_ALARMS * en.none.total;
  console.log(`  English thresholds (emergency 100 %, high >= 95 %, false alarms <= 5 %): ${ok ? 'met' : 'NOT met'}`);
  return ok;
}

function main(argv: readonly string[]): number {
  const verbose = argv.includes('--verbose');
  const named = argv.filter((a) => !a.startsWith('--'));
  const root = projectRoot(process.cwd());
  const files =
    named.length > 0
      ? named.map((f) => path.resolve(f))
      : ['test/data/risk-cases.jsonl', 'test/data/risk-blind.jsonl', 'test/data/risk-blind-2.jsonl', 'test/data/risk-blind-3.jsonl', 'test/data/risk-blind-4.jsonl', 'test/data/risk-blind-5.jsonl', 'test/data/risk-blind-6.jsonl', 'test/data/risk-blind-7.jsonl', '../shared/data/risk-dev.jsonl']
          .map((f) => path.join(root, f))
          .filter((f) => existsSync(f));
  const missing = files.filter((f) => !existsSync(f));
  if (files.length === 0 || missing.length > 0) {
    console.error(`risk-eval: ${missing.length > 0 ? `no such file: ${missing.join(', ')}` : 'no labelled files found'}; pass a .jsonl path or run from the project folder`);
    return 2;
  }
  let ok = true;
  for (const file of files) ok = scoreFile(file, verbose) && ok;
  return ok ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
