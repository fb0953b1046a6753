import type { RiskAssessment } from '../risk-assessment';
import { dangerWordsIn, languageName } from './lexicons';
import type { LanguageReading } from './which-language';

/**
 * A message in a language the rules cannot read is never answered with a
 * fixed line alone: it is a case that a person must read. Words of danger
 * now in that language make it an emergency (999 first); otherwise it is
 * raised as a disclosure that needs reading.
 */
export function screenUnreadable(text: string, reading: LanguageReading, source: string): RiskAssessment {
  const found = dangerWordsIn(text, reading.code);
  const name = languageName(reading.code);
  const how = reading.how === 'detector' ? source : `its ${reading.how}`;
  const emergency = found.length > 0;
  return {
    level: emergency ? 'emergency' : 'high',
    topics: emergency ? ['immediate-danger'] : [],
    reasons: [
      `written in ${name} (told by ${how}), which the screen cannot read: a person needs to read it`,
      ...(emergency ? [`words of danger now in ${name}: ${found.length}`] : []),
    ],
    language: 'unknown',
    basis: [`language/${reading.code}`, ...found.map((f) => `danger-word/${f.split(':')[0]}`)].filter((v, i, a) => a.indexOf(v) === i),
    unread: { code: reading.code, name, how: reading.how === 'detector' ? source : reading.how },
  };
}
