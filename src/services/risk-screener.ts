import type { RiskAssessment } from '../domain/risk/risk-assessment';
import { screenRisk } from '../domain/risk/risk-screen';

/** Screens one message for a disclosure of risk. */
export interface RiskScreener {
  screen(text: string, locale: string): Promise<RiskAssessment>;
}

export class LocalRiskScreener implements RiskScreener {
  async screen(text: string): Promise<RiskAssessment> {
    return screenRisk(text);
  }
}
