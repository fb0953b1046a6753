import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type enGB from '../../locales/en-GB.json';
import type { CommandWords } from '../domain/intent';
import { projectRoot } from '../project-root';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : T[K] extends readonly unknown[] ? never : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every key of the resident-facing text; a key that does not exist does not compile. */
export type TextKey = Exclude<Leaves<typeof enGB>, `words.${string}`>;
export type TextVars = Readonly<Record<string, string | number>>;

/** The words a locale understands when typed, beside the sentences it says (see `words` in each file). */
export type WordList = keyof (typeof enGB)['words'];

type Tree = { readonly [k: string]: string | Tree };
const tree: z.ZodType<Tree> = z.lazy(() => z.record(z.string(), z.union([z.string(), tree])));
const catalogueFile = z.object({ words: z.record(z.string(), z.array(z.string().min(1)).min(1)) }).catchall(z.union([z.string(), tree]));

interface Catalogue {
  readonly text: Tree;
  readonly words: Readonly<Record<string, readonly string[]>>;
}

export const DEFAULT_LOCALE = 'en-GB';
/** Word lists read by position (month 1 to 12, Sunday to Saturday): never merged across languages. */
const POSITIONAL: ReadonlySet<string> = new Set(['months', 'weekdays']);

/**
 * Every `locales/<tag>.json` is a locale: adding one is adding a file. Read once, at start-up;
 * a file that is not a catalogue stops start-up with its name rather than failing a resident later.
 */
function loadCatalogues(dir: string): ReadonlyMap<string, Catalogue> {
  const found = new Map<string, Catalogue>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const parsed = catalogueFile.safeParse(JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
    if (!parsed.success) throw new Error(`locales/${file} is not a text catalogue: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`);
    const { words, ...text } = parsed.data;
    found.set(file.replace(/\.json$/, ''), { text: text as Tree, words });
  }
  if (!found.has(DEFAULT_LOCALE)) throw new Error(`locales/${DEFAULT_LOCALE}.json is missing: it is the fallback for every other locale`);
  return found;
}

function keysOf(t: Tree, prefix = ''): string[] {
  return Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keysOf(v, `${prefix}${k}.`)));
}

/**
 * What a folder of locale files lacks against en-GB: every sentence key and every word list,
 * as "<locale>: <key>". A locale with a gap would answer in English there, so this is a test's business.
 */
export function catalogueGaps(dir: string): string[] {
  const all = loadCatalogues(dir);
  const english = all.get(DEFAULT_LOCALE) as Catalogue;
  const sentences = keysOf(english.text);
  const lists = Object.keys(english.words);
  const gaps: string[] = [];
  for (const [locale, c] of all) {
    const has = new Set(keysOf(c.text));
    for (const k of sentences) if (!has.has(k)) gaps.push(`${locale}: ${k}`);
    for (const w of lists) if (!c.words[w]) gaps.push(`${locale}: words.${w}`);
  }
  return gaps;
}

export const LOCALES_DIR = path.join(projectRoot(), 'locales');
const CATALOGUES = loadCatalogues(LOCALES_DIR);
const FALLBACK = CATALOGUES.get(DEFAULT_LOCALE) as Catalogue;

/** The locales there are files for, the default first. */
export const LOCALES: readonly string[] = [DEFAULT_LOCALE, ...[...CATALOGUES.keys()].filter((l) => l !== DEFAULT_LOCALE)];

/** The best catalogue for a BCP 47 tag: exact, then same language, then en-GB. */
export function resolveLocale(requested: string | undefined): string {
  if (!requested) return DEFAULT_LOCALE;
  const exact = LOCALES.find((l) => l.toLowerCase() === requested.toLowerCase());
  if (exact) return exact;
  const lang = requested.split('-')[0]?.toLowerCase();
  return LOCALES.find((l) => l.split('-')[0]?.toLowerCase() === lang) ?? DEFAULT_LOCALE;
}

function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export class LocaleText {
  readonly locale: string;
  private readonly catalogue: Catalogue;

  constructor(locale: string | undefined) {
    this.locale = resolveLocale(locale);
    this.catalogue = CATALOGUES.get(this.locale) ?? FALLBACK;
  }

  /** `{name}` placeholders are filled from vars; a missing one is a bug, so it throws. */
  t(key: TextKey, vars: TextVars = {}): string {
    const template = lookup(this.catalogue.text, key) ?? lookup(FALLBACK.text, key);
    if (template === undefined) throw new Error(`no text for key ${key}`);
    return template.replace(/\{(\w+)\}/g, (_, name: string) => {
      const v = vars[name];
      if (v === undefined) throw new Error(`text ${key} needs {${name}}`);
      return String(v);
    });
  }

  /**
   * A list of words this locale understands ("yes", "yeah", "aye"…), lower case. Another locale's
   * residents also type the English ones ("help", "ok"), so its list has them after its own; the
   * month and weekday lists are positional, so they stay the locale's own.
   */
  words(list: WordList): readonly string[] {
    const own = this.catalogue.words[list];
    const english = FALLBACK.words[list] ?? [];
    if (!own) return english;
    if (this.catalogue === FALLBACK || POSITIONAL.has(list)) return own;
    return [...new Set([...own, ...english])];
  }

  /** The words of the commands ("help", "start again", "talk to a person") in this locale. */
  commandWords(): CommandWords {
    const w = (list: WordList): readonly string[] => this.words(list);
    return {
      restart: w('restart'),
      cancel: w('cancel'),
      help: w('help'),
      human: w('human'),
      politeOpeners: w('politeOpeners'),
      talkTo: w('talkTo'),
      someoneToTalkTo: w('someoneToTalkTo'),
      closing: w('closing'),
    };
  }

  /** A date (YYYY-MM-DD) as this locale writes it, e.g. "Monday 7 December" or "7 December 2026". */
  date(isoDate: string, style: 'weekday' | 'full'): string {
    const at = new Date(`${isoDate}T12:00:00Z`);
    const options: Intl.DateTimeFormatOptions =
      style === 'weekday' ? { weekday: 'long', day: 'numeric', month: 'long' } : { day: 'numeric', month: 'long', year: 'numeric' };
    // A calendar date, not a moment: formatted at noon UTC so that no time zone moves it a day.
    const written = new Intl.DateTimeFormat(this.locale, { ...options, timeZone: 'UTC' }).format(at);
    // Welsh writes "dydd Mawrth, 5 Ionawr" mid-sentence: the day's name keeps its capital, "dydd" does not.
    return this.locale.startsWith('cy') ? written.replace(/^Dydd /, 'dydd ') : written;
  }
}
