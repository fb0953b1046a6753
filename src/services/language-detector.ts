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

// eld is published as ES modules only; this CommonJS build loads it with a real dynamic import.
const importEsm = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<{ eld: Eld }>;
let eldModule: Promise<Eld> | null = null;
const loadEld = (): Promise<Eld> => (eldModule ??= importEsm('eld/medium').then((m) => m.eld));

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
    await loadEld();
    return new EldLanguageDetector();
  }

  async detect(text: string): Promise<DetectorGuess | null> {
    try {
      const eld = await loadEld();
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
