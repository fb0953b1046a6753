/**
 * Whether an answer carries what the resident wants to say, rather than only
 * naming a route ("I want to make a comment"): long enough, and more than a
 * request to start.
 */
export function looksLikeContent(text: string): boolean {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length < 8) return false;
  const opener = /^(?:(?:hi|hello|hey)[,!. ]+)?(?:i(?:'d| would)? (?:like|want|wish|need) to|can i|could i|may i|how (?:do|can) i|i'm (?:here|writing) to)\b/i;
  return !(opener.test(text.trim()) && words.length < 14);
}
