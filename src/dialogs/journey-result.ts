import type { RiskAssessment } from '../domain/risk/risk-assessment';

/**
 * How a journey ends: with the reference of the case it filed (null when none), or needing staff
 * now. A journey never answers a disclosure itself: the bot does, on its one path for every
 * disclosure (999 first, the urgent case, safe contact), whichever way it came.
 */
export interface JourneyResult {
  readonly reference?: string | null;
  readonly needsStaff?: { readonly risk: RiskAssessment; readonly words: string };
}

/** The disclosure a finished journey hands over, if it ended so. */
export function needingStaff(result: unknown): NonNullable<JourneyResult['needsStaff']> | null {
  const r = result as JourneyResult | undefined;
  return r && typeof r === 'object' && r.needsStaff ? r.needsStaff : null;
}
