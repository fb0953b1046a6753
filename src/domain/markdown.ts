/**
 * What a resident typed, made safe to show back in a channel that renders Markdown (Web Chat,
 * Teams): every character Markdown gives a meaning to is escaped, so "[click](http://x)" or
 * "![](http://x/pixel)" shows as typed and never becomes a link or an image.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|>~<]/g, (c) => `\\${c}`)
    .replace(/^(\s*)(\d+)\\?\./gm, '$1$2\\.')
    // A word joiner after each dot between letters, and after a link's scheme, so nothing typed is
    // turned into a link by the channel's auto-linking ("example.com", "http://…").
    .replace(/\\\.(?=[\p{L}\p{N}])/gu, '\\.\u2060')
    .replace(/\b(https?|ftp|mailto|www)/gi, '$1\u2060');
}
