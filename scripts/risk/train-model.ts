/*
 * Training the learned layer of the risk screen (see scripts/risk-train.ts).
 */
import type { RiskModelFile } from '../../src/domain/risk/model/risk-model';
import { RiskModel } from '../../src/domain/risk/model/risk-model';
import { featuresByPosition, modelTokens } from '../../src/domain/risk/model/features';
import { stableHash, textOf } from './labelled-data';
import type { LabelledRow } from './labelled-data';
import { trainLogistic } from './logistic-regression';
import type { LinearModel, SparseVector, TrainOptions } from './logistic-regression';

export const MODEL_VERSION = 'risk-lr-1';
export const FOLDS = 5;
const MIN_DOCUMENTS = 2;
const WINDOW = { words: 40, step: 20 } as const;
/** The learned layer speaks only on messages of at least this many words (see risk-model.ts). */
export const MIN_WORDS = 5;
/** Features are scaled by 1/sqrt(count), but never as if there were fewer than this: a few words cannot shout. */
export const LENGTH_FLOOR = 8;
// L2 chosen by five-fold cross-validation on the training pool (1e-6 … 1e-2 tried), never on the held-out split.
const OPTIONS: TrainOptions = { epochs: 20, learningRate: 0.5, l2: 3e-4, seed: 20261202 };
const KEEP_WEIGHT = 0.002;
/*
 * How the thresholds are chosen, on held-out scores only: the lowest
 * threshold at which no more than this share of ordinary messages would be
 * handed to staff by the model alone (risk), or called an emergency
 * (emergency; only a message over the risk threshold can be). The rules add
 * their own few on top.
 */
export const MAX_FALSE_ALARMS = { risk: 0.02, emergency: 0.005 } as const;

interface Vocabulary {
  readonly features: readonly string[];
  readonly index: ReadonlyMap<string, number>;
}

function vocabularyOf(docs: readonly (readonly string[][])[]): Vocabulary {
  const df = new Map<string, number>();
  for (const doc of docs) for (const f of new Set(doc.flat())) df.set(f, (df.get(f) ?? 0) + 1);
  const features = [...df].filter(([, n]) => n >= MIN_DOCUMENTS).map(([f]) => f).sort();
  return { features, index: new Map(features.map((f, i) => [f, i])) };
}

function vectorOf(doc: readonly string[][], vocab: Vocabulary): SparseVector {
  const counts = new Map<number, number>();
  let n = 0;
  for (const fs of doc) {
    for (const f of fs) {
      n++;
      const id = vocab.index.get(f);
      if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  const scale = 1 / Math.sqrt(Math.max(LENGTH_FLOOR, n));
  return [...counts].map(([k, v]) => [k, v * scale] as const);
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4;

export function modelFile(vocab: Vocabulary, risk: LinearModel, emergency: LinearModel, thresholds: RiskModelFile['thresholds'], trainedOn: Record<string, number>, calibration?: unknown): RiskModelFile {
  const features: [string, number, number][] = [];
  vocab.features.forEach((f, i) => {
    const r = round(risk.weights[i] ?? 0);
    const e = round(emergency.weights[i] ?? 0);
    if (Math.abs(r) >= KEEP_WEIGHT || Math.abs(e) >= KEEP_WEIGHT) features.push([f, r, e]);
  });
  return {
    version: MODEL_VERSION,
    trainedOn,
    thresholds,
    window: WINDOW,
    minWords: MIN_WORDS,
    lengthFloor: LENGTH_FLOOR,
    bias: { risk: round(risk.bias), emergency: round(emergency.bias) },
    ...(calibration === undefined ? {} : { calibration }),
    features,
  };
}

export function train(rows: readonly LabelledRow[], docs: readonly string[][][]): { vocab: Vocabulary; risk: LinearModel; emergency: LinearModel } {
  const vocab = vocabularyOf(docs);
  const xs = docs.map((d) => vectorOf(d, vocab));
  const risk = trainLogistic(xs, rows.map((r) => r.level !== 'none'), vocab.features.length, OPTIONS);
  const emergency = trainLogistic(xs, rows.map((r) => r.level === 'emergency'), vocab.features.length, OPTIONS);
  return { vocab, risk, emergency };
}

/** The lowest threshold that keeps false alarms on ordinary messages at or under the share. */
export function thresholdFor(noneScores: readonly number[], share: number): number {
  const sorted = [...noneScores].sort((a, b) => b - a);
  const allowed = Math.floor(share * sorted.length);
  const above = sorted[allowed] ?? 0;
  return round(Math.min(0.99, above + 1e-4));
}


export interface Scores {
  readonly risk: number;
  readonly emergency: number;
}

/** For each row, the model trained on the other folds: scores, and the model itself, from data it never saw. */
export function crossValidated<T>(rows: readonly LabelledRow[], use: (model: RiskModel, row: LabelledRow) => T): T[] {
  const docs = rows.map((r) => featuresByPosition(modelTokens(textOf(r))));
  const fold = rows.map((r) => stableHash(`fold:${textOf(r)}`) % FOLDS);
  const out: T[] = new Array<T>(rows.length);
  for (let k = 0; k < FOLDS; k++) {
    const inFold = rows.map((_, i) => fold[i] !== k);
    const trained = train(rows.filter((_, i) => inFold[i]), docs.filter((_, i) => inFold[i]));
    const model = new RiskModel(modelFile(trained.vocab, trained.risk, trained.emergency, { risk: 1, emergency: 1 }, {}));
    rows.forEach((r, i) => {
      if (!inFold[i]) out[i] = use(model, r);
    });
  }
  return out;
}

/** A model with the given thresholds: the same weights, another cut. */
export function withThresholds(model: RiskModel, thresholds: RiskModelFile['thresholds']): RiskModel {
  return new RiskModel({ ...model.file, thresholds });
}
