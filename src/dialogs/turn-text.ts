import type { TurnContext } from 'botbuilder';
import { LocaleText } from '../i18n/locale-text';

const CACHE = Symbol('localeText');

/** The resident's language for this turn, from the activity's locale. */
export function textFor(context: TurnContext): LocaleText {
  const cached = context.turnState.get(CACHE) as LocaleText | undefined;
  if (cached) return cached;
  const text = new LocaleText(context.activity.locale);
  context.turnState.set(CACHE, text);
  return text;
}
