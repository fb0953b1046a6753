import type { RiskAssessment } from '../domain/risk/risk-assessment';
import { screenMessage } from '../domain/risk/screen';
import { looksForeign } from '../domain/language-guess';
import type { AzureLanguage } from './azure-language';

export interface Screening extends RiskAssessment {
  /** Set when the message is in a language the bot cannot read: it then says so, and shows 999. */
  readonly foreignLanguage?: string;
}

/** Screens one message for a disclosure of risk. */
export interface RiskScreener {
  screen(text: string, locale: string): Promise<Screening>;
}

/** Local, deterministic and explainable: every message, always. */
export class LocalRiskScreener implements RiskScreener {
  async screen(text: string): Promise<Screening> {
    const local = screenMessage(text);
    return looksForeign(text) ? { ...local, foreignLanguage: 'unknown' } : local;
  }
}

/**
 * The local screen plus Azure AI Language. Azure may only add to what the
 * local screen found (here: that the message is in a language we cannot
 * screen); its failure or slowness falls back to the local result.
 */
export class AzureAssistedRiskScreener implements RiskScreener {
  private readonly local = new LocalRiskScreener();

  constructor(private readonly azure: AzureLanguage) {}

  async screen(text: string): Promise<Screening> {
    const local = await this.local.screen(text);
    // A disclosure is answered at once: nothing Azure says could make it more urgent.
    if (local.level !== 'none' || text.trim().split(/\s+/).length < 3) return local;
    const detected = await this.azure.detect(text);
    if (!detected || detected.confidence < 0.8 || ['en', 'cy'].includes(detected.iso6391)) return local;
    return { ...local, foreignLanguage: detected.iso6391 };
  }
}
