/*
 * How well the risk screen does, per set of labelled messages.
 *
 *   npm run risk:eval [-- file.jsonl ...] [--verbose]
 *
 * Each row is read as the bot reads it: message by message, each one with
 * the resident's messages before it, every layer (rules, learned layer, a
 * person for a language the screen cannot read). emergency: caught when
 * handed off, as every handoff's reply opens with the 999 line (the full
 * emergency block, with silent calling, and the top of the staff queue need
 * the emergency level: reported beside it as "as emergency"); high: caught
 * when handed off; none: any handoff is a false alarm.
 *
 * With no files it reports, in order:
 *   - the training pool, each row scored by a model trained without it
 *     (five-fold cross-validation: the figure thresholds were set on);
 *   - the held-out split, which no model or threshold has seen;
 *   - each blind set, beside its first look (test/data/blind/first-look.json,
 *     measured once through /api/messages when the set came, before any
 *     change it could inform).
 * Exits 1 if a set misses the English targets (emergency >= 98 %, high >=
 * 95 %, false handoffs <= 5 %); other languages are reported beside them.
 * --training-only stops before the blind sets. --verbose lists the misses of the training pool and the held-out split
 * only: the blind sets stay unread.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import locale from '../locales/en-GB.json';
import { RiskModel } from '../src/domain/risk/model/risk-model';
import type { RiskLevel } from '../src/domain/risk/risk-assessment';
import { levelRank } from '../src/domain/risk/risk-assessment';
import { RISK_MODEL } from '../src/domain/risk/screen';
import { EldLanguageDetector } from '../src/services/language-detector';
import { LocalRiskScreener } from '../src/services/risk-screener';
import { blindFiles, isHeldOut, projectRoot, readLabelled, trainingFiles } from './risk/labelled-data';
import type { LabelledRow } from './risk/labelled-data';
import { crossValidated, withThresholds } from './risk/train-model';

const TARGET = { emergency: 0.98, high: 0.95, falseAlarms: 0.05 } as const;

interface Outcome {
  readonly row: LabelledRow;
  readonly got: RiskLevel;
  readonly basis: readonly string[];
}

type Tally = Record<RiskLevel, { caught: number; total: number }> & { asEmergency?: number };

const rank = levelRank;

// The bot's own button titles: a press is an answer the journey deals with, not words to screen (bot.ts).
const BUTTONS = new Set<string>();
(function collect(node: unknown): void {
  if (typeof node === 'string' && node.length < 40 && !node.includes('{')) BUTTONS.add(node.trim().toLowerCase());
  else if (node && typeof node === 'object') Object.values(node).forEach(collect);
  // Only what the bot says: `words` are what a resident types ("no", "yesterday"), never a button.
})({ ...locale, words: {} });

/** The most urgent level the bot reached over the row's messages, each read with the typed ones before it. */
async function readRow(screener: LocalRiskScreener, row: LabelledRow): Promise<Outcome> {
  let got: RiskLevel = 'none';
  let basis: readonly string[] = [];
  const typed: string[] = [];
  for (const turn of row.turns) {
    if (BUTTONS.has(turn.trim().toLowerCase())) continue;
    const s = await screener.screen(turn, 'en-GB', [...typed]);
    typed.push(turn);
    if (rank(s.level) > rank(got)) {
      got = s.level;
      basis = s.basis;
    }
  }
  return { row, got, basis };
}

function caught(expected: RiskLevel, got: RiskLevel): boolean {
  return expected === 'none' ? got === 'none' : got !== 'none';
}

function tallyOf(outcomes: readonly Outcome[], english: boolean): Tally {
  const t: Tally = { emergency: { caught: 0, total: 0 }, high: { caught: 0, total: 0 }, none: { caught: 0, total: 0 } };
  for (const o of outcomes) {
    if ((o.row.lang === 'en') !== english) continue;
    t[o.row.level].total++;
    if (caught(o.row.level, o.got)) t[o.row.level].caught++;
    if (o.row.level === 'emergency' && o.got === 'emergency') t.asEmergency = (t.asEmergency ?? 0) + 1;
  }
  return t;
}

const pct = (n: number, d: number): string => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)} %`);

function line(label: string, t: Tally): string {
  const fa = t.none.total - t.none.caught;
  return (
    `  ${label.padEnd(22)} emergency ${`${t.emergency.caught}/${t.emergency.total}`.padStart(9)} ${pct(t.emergency.caught, t.emergency.total).padStart(8)}` +
    `   high ${`${t.high.caught}/${t.high.total}`.padStart(9)} ${pct(t.high.caught, t.high.total).padStart(8)}` +
    `   false handoffs ${`${fa}/${t.none.total}`.padStart(8)} ${pct(fa, t.none.total).padStart(8)}` +
    (t.asEmergency === undefined ? '' : `   (as emergency ${pct(t.asEmergency, t.emergency.total)})`)
  );
}

function meetsTargets(t: Tally): boolean {
  const fa = t.none.total - t.none.caught;
  return (
    t.emergency.caught >= TARGET.emergency * t.emergency.total &&
    t.high.caught >= TARGET.high * t.high.total &&
    fa <= TARGET.falseAlarms * t.none.total
  );
}

interface FirstLook {
  readonly measured: string;
  readonly how: string;
  readonly english?: Tally;
  readonly other?: Tally;
}

function firstLooks(root: string): Record<string, FirstLook> {
  const file = path.join(root, 'test/data/blind/first-look.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, FirstLook>) : {};
}

function report(name: string, outcomes: readonly Outcome[], verbose: boolean, first?: FirstLook): boolean {
  const en = tallyOf(outcomes, true);
  const other = tallyOf(outcomes, false);
  console.log(`\n${name}: ${outcomes.length} rows`);
  if (first?.english) console.log(line(`English, first look`, first.english));
  if (en.emergency.total + en.high.total + en.none.total > 0) console.log(line(first ? 'English, now' : 'English', en));
  if (first?.other) console.log(line(`other langs, first look`, first.other));
  if (other.emergency.total + other.high.total + other.none.total > 0) console.log(line(first ? 'other langs, now' : 'other languages', other));
  if (first) console.log(`  (first look ${first.measured}: ${first.how})`);
  if (verbose) {
    for (const o of outcomes) {
      if (caught(o.row.level, o.got)) continue;
      const text = o.row.turns.join(' / ');
      console.log(`  miss ${o.row.id} [${o.row.level}/${o.row.lang}] got ${o.got}: ${JSON.stringify(text.slice(0, 160))}  <- ${o.basis.join(', ')}`);
    }
  }
  const ok = en.emergency.total + en.high.total + en.none.total === 0 || meetsTargets(en);
  const otherOk = other.emergency.total === 0 || other.emergency.caught >= 0.9 * other.emergency.total;
  console.log(`  targets (English: emergency >= 98 %, high >= 95 %, false handoffs <= 5 %; other languages: emergency >= 90 %): ${ok && otherOk ? 'met' : 'NOT met'}`);
  return ok && otherOk;
}

async function main(argv: readonly string[]): Promise<number> {
  const verbose = argv.includes('--verbose');
  const named = argv.filter((a) => !a.startsWith('--'));
  const root = projectRoot();
  const detector = await EldLanguageDetector.ready();
  const screener = new LocalRiskScreener(detector);
  let ok = true;
  if (named.length > 0) {
    for (const f of named) {
      const rows = readLabelled(path.resolve(f));
      const outcomes = await Promise.all(rows.map((r) => readRow(screener, r)));
      ok = report(path.relative(root, path.resolve(f)), outcomes, verbose) && ok;
    }
    return ok ? 0 : 1;
  }

  const all = trainingFiles(root).flatMap((f) => readLabelled(f));
  const pool = all.filter((r) => !isHeldOut(r) && (r.lang === 'en' || r.lang === 'cy'));
  const { thresholds } = RISK_MODEL.file;
  // Each row read by the rules and by a model trained on the other four folds, cut at the committed thresholds.
  const cut = new Map<RiskModel, RiskModel>();
  const models = crossValidated(pool, (model: RiskModel) => cut.get(model) ?? cut.set(model, withThresholds(model, thresholds)).get(model));
  const cv = await Promise.all(pool.map((r, i) => readRow(new LocalRiskScreener(detector, models[i] ?? RISK_MODEL), r)));
  ok = report('training pool, cross-validated', cv, verbose) && ok;

  const held = all.filter((r) => isHeldOut(r));
  ok = report('held-out split (never trained on, no threshold saw it)', await Promise.all(held.map((r) => readRow(screener, r))), verbose) && ok;

  if (argv.includes('--training-only')) return ok ? 0 : 1;
  const looks = firstLooks(root);
  for (const f of blindFiles(root)) {
    const rows = readLabelled(f);
    const outcomes = await Promise.all(rows.map((r) => readRow(screener, r)));
    ok = report(`blind ${path.basename(f)}`, outcomes, false, looks[path.basename(f)]) && ok;
  }
  return ok ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: Error) => {
    console.error(err.message);
    process.exitCode = 2;
  },
);
