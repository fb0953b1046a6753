import type { TurnContext } from 'botbuilder';
import { LocaleText } from '../i18n/locale-text';
import { profileIn } from '../domain/office-profile';
import type { OfficeProfile } from '../domain/office-profile';

const CACHE = Symbol('localeText');

/**
 * The resident's language for this turn: the conversation's (set by the bot with `useLanguage`
 * once the resident has chosen it, or it was read from what they wrote), else the activity's locale.
 */
export function textFor(context: TurnContext): LocaleText {
  const cached = context.turnState.get(CACHE) as LocaleText | undefined;
  if (cached) return cached;
  const text = new LocaleText(context.activity.locale);
  context.turnState.set(CACHE, text);
  return text;
}

/** From now on in this turn, the resident reads `locale`. */
export function useLanguage(context: TurnContext, locale: string): LocaleText {
  const text = new LocaleText(locale);
  context.turnState.set(CACHE, text);
  return text;
}

/** The office's profile as this turn's resident reads it (its translations for their language). */
export function officeFor(profile: OfficeProfile, context: TurnContext): OfficeProfile {
  return profileIn(profile, textFor(context).locale);
}
