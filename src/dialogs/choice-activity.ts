import { ActionTypes, CardFactory, MessageFactory } from 'botbuilder';
import type { Activity, TurnContext } from 'botbuilder';

/**
 * A question with buttons. Web Chat and the Emulator show suggested actions
 * under the message, whatever the length of the titles; Teams shows them on a
 * hero card. Either way a press sends the title back as text.
 */
export function choiceActivity(context: TurnContext, text: string, titles: readonly string[]): Partial<Activity> {
  const actions = titles.map((title) => ({ type: ActionTypes.ImBack, title, value: title }));
  if (context.activity.channelId === 'msteams') {
    return MessageFactory.attachment(CardFactory.heroCard('', undefined, actions, { text }));
  }
  return MessageFactory.suggestedActions(actions, text);
}
