import type { TurnContext } from 'botbuilder';
import type { TurnOrigin } from '../domain/case-draft';
import { DEFAULT_LOCALE } from '../i18n/locale-text';

export function turnOrigin(context: TurnContext): TurnOrigin {
  const a = context.activity;
  return {
    channel: a.channelId || 'unknown',
    conversationId: a.conversation?.id ?? 'unknown',
    activityId: a.id ?? `${a.timestamp?.toString() ?? Date.now()}`,
    locale: a.locale && /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(a.locale) ? a.locale : DEFAULT_LOCALE,
  };
}
