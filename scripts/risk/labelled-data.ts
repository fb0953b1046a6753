import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { RiskLevel } from '../../src/domain/risk/risk-assessment';

/*
 * The labelled messages of the risk screen and the part each plays. Every
 * file under test/data is for training except the blind sets (test/data/blind),
 * which were each measured once, before anything was tuned on them. Of the
 * training files, a fixed share of rows (chosen by a hash of the text, so it
 * never moves) is held out: no model is trained on it and no threshold sees it.
 */

export interface LabelledRow {
  readonly id: string;
  readonly level: RiskLevel;
  readonly lang: string;
  readonly kind?: string;
  /** One message, or the resident's messages of one conversation in order. */
  readonly turns: readonly string[];
  readonly file: string;
}

const LEVELS: readonly RiskLevel[] = ['emergency', 'high', 'none'];
export const HOLDOUT_SHARE = 0.15;

export function projectRoot(from: string = process.cwd()): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return from;
  }
}

export function readLabelled(file: string): LabelledRow[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, n }) => {
      const row = JSON.parse(line) as { id?: unknown; level?: unknown; lang?: unknown; kind?: unknown; text?: unknown; turns?: unknown };
      const turns = typeof row.text === 'string' ? [row.text] : row.turns;
      const ok =
        typeof row.id === 'string' && typeof row.lang === 'string' && LEVELS.includes(row.level as RiskLevel) &&
        Array.isArray(turns) && turns.length > 0 && turns.every((t) => typeof t === 'string');
      if (!ok) throw new Error(`${file}:${n}: each line needs "id", "lang", a "level" of emergency, high or none, and "text" or "turns"`);
      return {
        id: row.id as string,
        level: row.level as RiskLevel,
        lang: row.lang as string,
        ...(typeof row.kind === 'string' ? { kind: row.kind } : {}),
        turns: turns as string[],
        file: path.basename(file),
      };
    });
}

function jsonlIn(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => path.join(dir, f)) : [];
}

/** The training files: test/data/*.jsonl and test/data/train/*.jsonl. */
export function trainingFiles(root: string = projectRoot()): string[] {
  return [...jsonlIn(path.join(root, 'test/data')), ...jsonlIn(path.join(root, 'test/data/train'))];
}

/** The blind sets, each measured once when it came (test/data/blind/*.jsonl). */
export function blindFiles(root: string = projectRoot()): string[] {
  return jsonlIn(path.join(root, 'test/data/blind'));
}

/** FNV-1a: a stable hash, so the held-out rows are the same on every machine and every run. */
export function stableHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function isHeldOut(row: LabelledRow): boolean {
  return stableHash(`holdout:${row.turns.join('\n')}`) % 1000 < HOLDOUT_SHARE * 1000;
}

/** The text the learned layer is trained on: a conversation's messages read together. */
export function textOf(row: LabelledRow): string {
  return row.turns.join('\n');
}
