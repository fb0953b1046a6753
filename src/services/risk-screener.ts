import type { RiskAssessment } from '../domain/risk/risk-assessment';
import { mergeAssessments } from '../domain/risk/risk-assessment';
import { RISK_MODEL, screenConversation } from '../domain/risk/screen';
import type { RiskModel } from '../domain/risk/model/risk-model';
import { mightBeForeign, whichLanguage } from '../domain/risk/languages/which-language';
import { screenUnreadable } from '../domain/risk/languages/unreadable';
import type { AzureLanguage } from './azure-language';
import { AzureLanguageDetector, EldLanguageDetector } from './language-detector';
import type { LanguageDetector } from './language-detector';

export type Screening = RiskAssessment;

/**
 * Screens a resident's message, read with their few messages before it, for a disclosure of risk.
 * `alone` is this message's own screening, when the caller already has it: only the reading
 * together with the earlier messages is then added.
 */
export interface RiskScreener {
  screen(text: string, locale: string, earlier?: readonly string[], alone?: Screening): Promise<Screening>;
}

/**
 * The local screen: rules and learned layer on every message, and a person
 * for every message in a language they cannot read. Deterministic and
 * explainable; the detector only tells the language.
 */
export class LocalRiskScreener implements RiskScreener {
  constructor(
    private readonly detector: LanguageDetector = new EldLanguageDetector(),
    private readonly model: RiskModel = RISK_MODEL,
  ) {}

  async screen(text: string, _locale?: string, earlier: readonly string[] = [], alone?: Screening): Promise<Screening> {
    if (alone) return alone.unread ? alone : screenConversation(text, earlier, this.model, alone);
    const read = screenConversation(text, earlier, this.model);
    const welsh = read.language === 'cy';
    let language = whichLanguage(text, null, welsh);
    let source = 'script';
    if (language.readable && mightBeForeign(text)) {
      const guess = await this.detector.detect(text);
      language = whichLanguage(text, guess, welsh);
      source = guess?.source ?? source;
    }
    if (language.readable) return read;
    return mergeAssessments(screenUnreadable(text, language, source), read);
  }
}

/** The local screen, with Azure AI Language telling the language where it is configured (eld when Azure fails). */
export class AzureAssistedRiskScreener extends LocalRiskScreener {
  constructor(azure: AzureLanguage) {
    super(new AzureLanguageDetector(azure));
  }
}
