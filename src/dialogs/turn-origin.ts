import type { TurnContext } from 'botbuilder';
import type { TurnOrigin } from '../domain/case-draft';
import { textFor } from './turn-text';

export function turnOrigin(context: TurnContext): TurnOrigin {
  const a = context.activity;
  return {
    channel: a.channelId || 'unknown',
    conversationId: a.conversation?.id ?? 'unknown',
    activityId: a.id ?? `${a.timestamp?.toString() ?? Date.now()}`,
    // The conversation's language (chosen, or read from what they wrote), which the office replies in.
    locale: textFor(context).locale,
  };
}
