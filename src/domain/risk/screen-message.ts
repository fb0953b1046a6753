import { mergeAssessments } from './risk-assessment';
import type { RiskAssessment } from './risk-assessment';
import { screenRisk } from './risk-screen';
import { safetyNet } from './safety-net';

/** The local screen: precise phrase rules, then the broader safety net, which can only raise the level. */
export function screenMessage(text: string): RiskAssessment {
  const precise = screenRisk(text);
  if (precise.level === 'emergency') return precise;
  const net = safetyNet(text);
  return net ? mergeAssessments(precise, net) : precise;
}
