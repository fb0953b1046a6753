import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueGaps, LocaleText, LOCALES, LOCALES_DIR } from '../src/i18n/locale-text';

type Tree = { [k: string]: string | Tree };
const root = path.join(__dirname, '..');
const localeFiles = readdirSync(path.join(root, 'locales')).filter((f) => f.endsWith('.json'));
const catalogues = new Map(localeFiles.map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(path.join(root, 'locales', f), 'utf8')) as Tree]));

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(`${prefix}${k}`, v);
    // A word list is one key: each language has as many words for "yes" as its speakers use.
    else if (Array.isArray(v)) out.set(`${prefix}${k}`, v.join('|'));
    else for (const [kk, vv] of leaves(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

const source = sourceFiles(path.join(root, 'src')).map((f) => readFileSync(f, 'utf8')).join('\n');
const literalKeys = [...source.matchAll(/\bt\.t\(\s*'([A-Za-z0-9.-]+)'/g)].map((m) => m[1] ?? '');
const dynamicPrefixes = [...source.matchAll(/\bt\.t\(\s*`([A-Za-z0-9.-]+)\.\$\{/g)].map((m) => `${m[1] ?? ''}.`);

describe.each([...catalogues.keys()])('the %s text', (locale) => {
  const keys = leaves(catalogues.get(locale) as Tree);

  it('has every key the code uses', () => {
    const missing = literalKeys.filter((k) => !keys.has(k));
    expect(missing).toEqual([]);
    for (const prefix of dynamicPrefixes) expect([...keys.keys()].some((k) => k.startsWith(prefix))).toBe(true);
  });

  it('has the same keys as en-GB', () => {
    expect([...keys.keys()].sort()).toEqual([...leaves(catalogues.get('en-GB') as Tree).keys()].sort());
  });

  it('uses the same placeholders as en-GB in every sentence', () => {
    const en = leaves(catalogues.get('en-GB') as Tree);
    for (const [k, v] of keys) {
      const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect([k, ph(v)]).toEqual([k, ph(en.get(k) ?? '')]);
    }
  });

  it('is written in its own language: no sentence left as the English one', () => {
    if (locale === 'en-GB') return;
    const en = leaves(catalogues.get('en-GB') as Tree);
    // Nothing to translate: only placeholders, numbers, links or Markdown.
    const nothingToSay = (v: string) => v.replace(/\{\w+\}|https?:\/\/\S+|[\d\s*_.,:;!?()+\-/]/g, '').length === 0;
    const same = [...keys].filter(([k, v]) => !k.startsWith('words.') && v === en.get(k) && !nothingToSay(v)).map(([k]) => k);
    expect(same).toEqual([]);
  });

  it('keeps sentences short and free of jargon', () => {
    const jargon = /\b(?:utili[sz]e|aforementioned|hereby|pursuant|submit your query|invalid input|error code|null|undefined|PSD|OPCC|VAWG)\b/i;
    for (const [k, v] of keys) {
      if (k.startsWith('words.')) continue;
      expect([k, jargon.test(v)]).toEqual([k, false]);
      for (const sentence of v.replace(/\{\w+\}/g, 'x').split(/(?<=[.!?])\s+|\n+/)) {
        expect([k, sentence.split(/\s+/).length <= 40]).toEqual([k, true]);
      }
    }
  });
});

describe('the code', () => {
  it('keeps resident-facing sentences out of the dialogs', () => {
    const dialogs = [...sourceFiles(path.join(root, 'src/dialogs')), ...sourceFiles(path.join(root, 'src/journeys'))].map((f) => readFileSync(f, 'utf8')).join('\n');
    // A sendActivity with a literal sentence would bypass the locales.
    expect(dialogs).not.toMatch(/sendActivity\(\s*['"`][A-Z][a-z]+ /);
  });
});

describe('locales as files', () => {
  it('loads every locales/*.json as a locale, en-GB first', () => {
    expect([...LOCALES].sort()).toEqual([...catalogues.keys()].sort());
    expect(LOCALES[0]).toBe('en-GB');
  });

  it('finds no gap in any locale against English', () => {
    expect(catalogueGaps(LOCALES_DIR)).toEqual([]);
  });

  it('names each key and word list a new locale lacks', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pcc-locales-'));
    writeFileSync(path.join(dir, 'en-GB.json'), readFileSync(path.join(LOCALES_DIR, 'en-GB.json')));
    const partial = JSON.parse(readFileSync(path.join(LOCALES_DIR, 'en-GB.json'), 'utf8')) as { risk: Record<string, string>; words: Record<string, string[]> };
    delete partial.risk['emergency'];
    delete partial.words['yesterday'];
    writeFileSync(path.join(dir, 'xx-GB.json'), JSON.stringify(partial));
    expect(catalogueGaps(dir)).toEqual(['xx-GB: risk.emergency', 'xx-GB: words.yesterday']);
  });

  it('stops start-up with the file name when a locale file is not a catalogue', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pcc-locales-'));
    writeFileSync(path.join(dir, 'en-GB.json'), readFileSync(path.join(LOCALES_DIR, 'en-GB.json')));
    writeFileSync(path.join(dir, 'zz.json'), JSON.stringify({ words: { yes: ['ja'] }, menu: { comment: 3 } }));
    expect(() => catalogueGaps(dir)).toThrow(/locales\/zz\.json is not a text catalogue/);
  });

  it('writes dates as the locale does', () => {
    expect(new LocaleText('en-GB').date('2026-12-21', 'weekday')).toBe('Monday 21 December');
    expect(new LocaleText('en-GB').date('2026-12-21', 'full')).toBe('21 December 2026');
  });
});
