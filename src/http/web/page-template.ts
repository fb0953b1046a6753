import { readFileSync } from 'node:fs';

const escapes: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c] ?? c);
}

/**
 * web/index.html with `{{name}}` slots. Every value is escaped, and a slot
 * without a value is a bug caught on the first render, not a blank on the page.
 */
export class PageTemplate {
  private readonly source: string;
  readonly slots: readonly string[];

  constructor(file: string) {
    this.source = readFileSync(file, 'utf8');
    this.slots = [...new Set([...this.source.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? ''))];
  }

  render(values: Readonly<Record<string, string>>): string {
    return this.source.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
      const v = values[name];
      if (v === undefined) throw new Error(`web/index.html: no value for {{${name}}}`);
      return escapeHtml(v);
    });
  }
}
