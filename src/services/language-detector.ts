import { existsSync } from 'node:fs';
import path from 'node:path';
import type { DetectorGuess } from '../domain/risk/languages/which-language';
import type { AzureLanguage } from './azure-language';

/** Tells which language a message is in; never throws, null when it cannot say. */
export interface LanguageDetector {
  detect(text: string): Promise<DetectorGuess | null>;
}

interface EldResult {
  readonly language: string;
  getScores(): Record<string, number>;
  isReliable(): boolean;
}
interface Eld {
  detect(text: string): EldResult;
}

// eld is published as ES modules only, for `import` alone. Node 20.19+ can require() an ES module
// without top-level await, so the detector's medium build is loaded by its path inside the package
// (pinned to 2.1.0 in package.json for that reason): this works from the CommonJS build and under vitest alike.
let eldModule: Eld | null = null;
function loadEld(): Eld {
  if (eldModule) return eldModule;
  const dir = (require.resolve.paths('eld') ?? []).map((p) => path.join(p, 'eld')).find((d) => existsSync(path.join(d, 'package.json')));
  if (!dir) throw new Error('the eld package is not installed');
  eldModule = (require(path.join(dir, 'src/entries/static.medium.js')) as { eld: Eld }).eld;
  return eldModule;
}

/** Longest stretch handed to a detector: the language of a message shows in its first few sentences. */
const DETECT_CHARS = 1000;

/**
 * eld (Efficient Language Detector, Apache-2.0): local, about 0.02 ms a
 * message, no account or network, 60 languages including Urdu, Punjabi,
 * Gujarati, Bengali, Arabic, Polish and Romanian (not Welsh: the rules tell
 * Welsh themselves).
 */
export class EldLanguageDetector implements LanguageDetector {
  /** Loads the detector's tables once, before the first message needs them. */
  static async ready(): Promise<EldLanguageDetector> {
    loadEld();
    return new EldLanguageDetector();
  }

  async detect(text: string): Promise<DetectorGuess | null> {
    try {
      const eld = loadEld();
      const result = eld.detect(text.slice(0, DETECT_CHARS));
      if (!result.language) return null;
      const top = result.getScores()[result.language] ?? 0;
      return { code: result.language, confidence: result.isReliable() ? top : top / 2, source: 'eld' };
    } catch {
      return null;
    }
  }
}

/** Azure AI Language where it is configured; eld when Azure is slow, down or unsure. */
export class AzureLanguageDetector implements LanguageDetector {
  constructor(
    private readonly azure: AzureLanguage,
    private readonly fallback: LanguageDetector = new EldLanguageDetector(),
  ) {}

  async detect(text: string): Promise<DetectorGuess | null> {
    const found = await this.azure.detect(text.slice(0, DETECT_CHARS));
    if (found && found.iso6391 && found.confidence >= 0.5) return { code: found.iso6391, confidence: found.confidence, source: 'azure' };
    return this.fallback.detect(text);
  }
}
