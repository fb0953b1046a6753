import lines from '../../locales/other-languages/emergency-lines.json';
import type { UnreadLanguage } from '../domain/risk/risk-assessment';

interface Line {
  readonly text: string;
  /** The independent sources that agree on the wording; empty when not yet verified. */
  readonly verified: string;
}

const LINES = lines as unknown as Readonly<Record<string, Line | string>>;

/**
 * "If you are in danger, call 999" in the resident's own language, only
 * where two sources agree on the translation; otherwise null (English only).
 * Latin-letter Urdu and Punjabi get their Latin-letter line.
 */
export function emergencyLineIn(language: UnreadLanguage): string | null {
  const key = language.how === 'words' ? `${language.code}-Latn` : language.code;
  const line = LINES[key];
  if (!line || typeof line === 'string' || !line.verified.trim()) return null;
  return line.text;
}

/** Every language with a line, verified or not: for tests. */
export const EMERGENCY_LINE_LANGUAGES: readonly string[] = Object.keys(LINES).filter((k) => !k.startsWith('_'));
export const emergencyLineEntry = (key: string): Line | undefined => (typeof LINES[key] === 'object' ? (LINES[key] as Line) : undefined);
