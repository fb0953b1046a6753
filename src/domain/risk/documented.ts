import { normaliseForScreening } from './normalise';
import type { Documented } from './phrase';
import { cueFires, ruleFires } from './phrase-rules';
import { CUES, RULES } from './rules/all-rules';
import { FRAMINGS, NETS, netFires } from './safety-net';
import { SCENES } from './scenes/all-scenes';
import { HYPERBOLE, IDIOMS, JOKE, JOKE_TARGET, NOT_ABOUT_ME, ONGOING, OVER_NOW, PAST_AND_DEALT_WITH } from './suppressors';

/** One reviewable part of the screen, and how to tell whether it fires on a message. */
export interface Reviewable {
  readonly kind: 'rule' | 'cue' | 'scene' | 'net' | 'net-framing' | 'idiom' | 'stand-down';
  readonly item: Documented;
  fires(text: string): boolean;
}

const flat = (text: string): string => normaliseForScreening(text).replace(/\s+/g, ' ');
const test = (pattern: RegExp) => (text: string): boolean => new RegExp(pattern.source, pattern.flags.replace('g', '')).test(flat(text));

/** Every rule, cue, scene, net, framing, idiom and stand-down, each with its purpose and its examples. */
export const REVIEWABLE: readonly Reviewable[] = [
  ...RULES.map((r) => ({ kind: 'rule' as const, item: r, fires: (t: string) => ruleFires(r, t) })),
  ...CUES.map((c) => ({ kind: 'cue' as const, item: c, fires: (t: string) => cueFires(c, t) })),
  ...SCENES.map((s) => ({ kind: 'scene' as const, item: s, fires: test(s.pattern) })),
  ...NETS.map((n) => ({ kind: 'net' as const, item: n, fires: (t: string) => netFires(n, t) })),
  ...FRAMINGS.map((f) => ({ kind: 'net-framing' as const, item: f, fires: test(f.pattern) })),
  ...IDIOMS.map((i) => ({ kind: 'idiom' as const, item: i, fires: test(i.pattern) })),
  ...[OVER_NOW, PAST_AND_DEALT_WITH, NOT_ABOUT_ME, HYPERBOLE, JOKE, JOKE_TARGET, ONGOING].map((s) => ({
    kind: 'stand-down' as const,
    item: s,
    fires: test(s.pattern),
  })),
];
