import { z } from 'zod';
import type { RiskLevel } from '../risk-assessment';
import { featuresByPosition, modelTokens } from './features';

/*
 * The learned layer of the risk screen: two logistic regressions over the
 * words and word pairs of a message (features.ts), one for "any disclosure"
 * and one for "an emergency", trained in this repository by
 * `npm run risk:train` from the labelled messages in test/data. A message is
 * scored as a whole and in overlapping stretches of WINDOW words, and the
 * highest stretch counts, so a disclosure in the middle of a long message is
 * not drowned by the rest. Thresholds were set on held-out scores, never on
 * the sets that report the screen's figures.
 */

const pair = z.object({ risk: z.number(), emergency: z.number() }).strict();

/** The model file as `npm run risk:train` writes it. */
export const riskModelFile = z
  .object({
    version: z.string().min(1),
    trainedOn: z.record(z.string(), z.number()),
    thresholds: pair,
    window: z.object({ words: z.number().int().positive(), step: z.number().int().positive() }).strict(),
    /** Fewer words than this and the learned layer keeps quiet: "help" or "dunno" is for the rules and the dialogs to read. */
    minWords: z.number().int().nonnegative(),
    /** Features are scaled by 1/sqrt(their count), counted as at least this many: a short message cannot shout. */
    lengthFloor: z.number().positive(),
    bias: pair,
    calibration: z.unknown().optional(),
    /** [feature, weight towards any disclosure, weight towards an emergency], sorted by feature. */
    features: z.array(z.tuple([z.string(), z.number(), z.number()])),
  })
  .strict();
export type RiskModelFile = z.infer<typeof riskModelFile>;

export interface ModelScore {
  readonly version: string;
  /** Probabilities from the two regressions, for the best stretch of the message. */
  readonly risk: number;
  readonly emergency: number;
  readonly level: RiskLevel;
  /** The features that pushed hardest towards the level given (or towards risk, when none). */
  readonly features: readonly string[];
  /** The same features as their line numbers in the model file: for logs, which never carry a resident's words. */
  readonly featureIds: readonly number[];
}

const TOP_FEATURES = 5;

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export class RiskModel {
  private readonly index: ReadonlyMap<string, number>;
  /** [risk, emergency] for each feature, side by side. */
  private readonly weights: Float64Array;

  constructor(readonly file: RiskModelFile) {
    this.index = new Map(file.features.map(([f], i) => [f, i]));
    this.weights = new Float64Array(file.features.flatMap(([, risk, emergency]) => [risk, emergency]));
  }

  /** A model from its file, checked: a damaged file stops start-up rather than screening badly. */
  static fromJson(data: unknown): RiskModel {
    return new RiskModel(riskModelFile.parse(data));
  }

  get version(): string {
    return this.file.version;
  }

  score(text: string, normalised?: string): ModelScore {
    const positions = featuresByPosition(modelTokens(text, normalised)).map((fs) => fs.map((f) => this.index.get(f) ?? -1));
    const { words, step } = this.file.window;
    let best = this.scoreSpan(positions, 0, positions.length);
    if (positions.length > words) {
      for (let start = 0; start < positions.length; start += step) {
        const span = this.scoreSpan(positions, start, Math.min(positions.length, start + words));
        if (span.risk + span.emergency > best.risk + best.emergency) best = span;
        if (start + words >= positions.length) break;
      }
    }
    const { thresholds } = this.file;
    const tooShort = positions.length < this.file.minWords;
    // An emergency is a disclosure first: the emergency regression only says how urgent a disclosure is.
    const level: RiskLevel = tooShort || best.risk < thresholds.risk ? 'none' : best.emergency >= thresholds.emergency ? 'emergency' : 'high';
    const featureIds = this.explain(positions, best, level);
    const features = featureIds.map((id) => this.file.features[id]?.[0] ?? '');
    return { version: this.file.version, risk: best.risk, emergency: best.emergency, level, features, featureIds };
  }

  private scoreSpan(positions: readonly (readonly number[])[], start: number, end: number): Span {
    let count = 0;
    let risk = 0;
    let emergency = 0;
    for (let p = start; p < end; p++) {
      for (const id of positions[p] ?? []) {
        count++;
        if (id < 0) continue;
        risk += this.weights[2 * id] ?? 0;
        emergency += this.weights[2 * id + 1] ?? 0;
      }
    }
    const scale = 1 / Math.sqrt(Math.max(this.file.lengthFloor, count));
    return { start, end, risk: sigmoid(this.file.bias.risk + risk * scale), emergency: sigmoid(this.file.bias.emergency + emergency * scale) };
  }

  private explain(positions: readonly (readonly number[])[], span: Span, level: RiskLevel): number[] {
    const column = level === 'emergency' ? 1 : 0;
    const pushes = new Map<number, number>();
    for (let p = span.start; p < span.end; p++) {
      for (const id of positions[p] ?? []) if (id >= 0) pushes.set(id, (pushes.get(id) ?? 0) + (this.weights[2 * id + column] ?? 0));
    }
    return [...pushes]
      .filter(([, w]) => w > 0)
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP_FEATURES)
      .map(([id]) => id);
  }
}

interface Span {
  readonly start: number;
  readonly end: number;
  readonly risk: number;
  readonly emergency: number;
}
