import { readFileSync } from 'node:fs';
import escapeHtml from 'escape-html';

/**
 * web/index.html with `{{name}}` slots. Every value is escaped, and a slot
 * without a value is a bug caught on the first render, not a blank on the page.
 */
export class PageTemplate {
  private readonly source: string;

  constructor(file: string) {
    this.source = readFileSync(file, 'utf8');
  }

  render(values: Readonly<Record<string, string>>): string {
    return this.source.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
      const v = values[name];
      if (v === undefined) throw new Error(`web/index.html: no value for {{${name}}}`);
      return escapeHtml(v);
    });
  }
}
