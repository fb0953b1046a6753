import type { RiskLevel, RiskTopic } from '../risk-assessment';

/*
 * Situations people describe without the words a phrase rule looks for:
 * "there's a car that's been behind me since work", "got everything ready,
 * nobody will miss me", "she hasn't let me leave the house in weeks".
 * Each scene is a pattern over the whole normalised message with the level it calls for.
 */
export interface SceneSpec {
  /** Stable, for log lines: `scene/<topic>/<what>`. */
  readonly id: string;
  readonly level: Exclude<RiskLevel, 'none'>;
  readonly topic: RiskTopic;
  /** One line, read by staff as `<purpose> ("<what matched>")`. */
  readonly purpose: string;
  /** A regular expression, in parts so that no line need be long. */
  readonly pattern: readonly string[];
  /** Messages the scene must be found in, and messages it must not. */
  readonly matches: readonly string[];
  readonly ignores: readonly string[];
}

export interface Scene extends Omit<SceneSpec, 'pattern'> {
  readonly pattern: RegExp;
}

/** Who a scene may be about: the person who frightens them, or someone they speak of. */
export const WHO = String.raw`(?:he|she|they|someone|somebody|a man|a woman|a guy|a lad|some lads|some men|(?:my )?ex|` +
  String.raw`(?:my )?(?:husband|partner|boyfriend|bf|stepdad|dad)|him|her|them|the man|the lad|the guy)`;

export function defineScenes(specs: readonly SceneSpec[]): Scene[] {
  return specs.map((spec) => ({ ...spec, pattern: new RegExp(spec.pattern.join('')) }));
}
