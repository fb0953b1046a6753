import enGB from '../../locales/en-GB.json';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every key of the resident-facing text; a key that does not exist does not compile. */
export type TextKey = Leaves<typeof enGB>;
export type TextVars = Readonly<Record<string, string | number>>;

type Tree = { readonly [k: string]: string | Tree };

export const DEFAULT_LOCALE = 'en-GB';
const CATALOGUES: ReadonlyMap<string, Tree> = new Map<string, Tree>([['en-GB', enGB as Tree]]);

export function supportedLocales(): readonly string[] {
  return [...CATALOGUES.keys()];
}

/** The best catalogue for a BCP 47 tag: exact, then same language, then en-GB. */
export function resolveLocale(requested: string | undefined): string {
  if (!requested) return DEFAULT_LOCALE;
  const exact = [...CATALOGUES.keys()].find((l) => l.toLowerCase() === requested.toLowerCase());
  if (exact) return exact;
  const lang = requested.split('-')[0]?.toLowerCase();
  return [...CATALOGUES.keys()].find((l) => l.split('-')[0]?.toLowerCase() === lang) ?? DEFAULT_LOCALE;
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
  private readonly tree: Tree;

  constructor(locale: string | undefined) {
    this.locale = resolveLocale(locale);
    this.tree = CATALOGUES.get(this.locale) ?? (enGB as Tree);
  }

  /** `{name}` placeholders are filled from vars; a missing one is a bug, so it throws. */
  t(key: TextKey, vars: TextVars = {}): string {
    const template = lookup(this.tree, key) ?? lookup(enGB as Tree, key);
    if (template === undefined) throw new Error(`no text for key ${key}`);
    return template.replace(/\{(\w+)\}/g, (_, name: string) => {
      const v = vars[name];
      if (v === undefined) throw new Error(`text ${key} needs {${name}}`);
      return String(v);
    });
  }
}
