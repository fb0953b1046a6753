import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/domain/markdown';

// Rendered as Web Chat renders Markdown (markdown-it, with links found in plain text).
const md = new MarkdownIt({ linkify: true });
const rendered = (typed: string) => md.render(escapeMarkdown(typed));

describe('what a resident typed, shown back', () => {
  it.each([
    '[click here](https://evil.example/login)',
    '![](https://evil.example/pixel.png)',
    'see https://evil.example/x',
    'visit www.evil.example today',
    'evil.example/login',
    '<img src=x onerror=alert(1)>',
    '<a href="https://evil.example">hi</a>',
    '[ref]: https://evil.example',
  ])('never renders %s as a link, image or HTML', (typed) => {
    const html = rendered(typed);
    expect(html).not.toMatch(/<a |<img /);
  });

  it('shows the words as typed, emphasis and headings included', () => {
    const text = (s: string) => md.render(escapeMarkdown(s)).replace(/<[^>]+>/g, '').replace(/\u2060/g, '').trim();
    for (const typed of ['**not bold** and _not italic_', '# not a heading', '1. not a list', '> not a quote', 'a + b - c = d', 'Call 07700 900123, ok?']) {
      expect(text(typed)).toBe(typed.replace(/>/g, '&gt;'));
    }
  });
});
