import type { CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';

/**
 * Runs `logic` in a conversation the bot starts itself, and lets its failure reach the caller.
 * CloudAdapter#continueConversationAsync hands a failure to the adapter's onTurnError, which tells
 * "the user" something went wrong and swallows it: a message to a closed page, or a card the
 * channel refused, would then look delivered and never be retried.
 */
export async function continueConversation(adapter: CloudAdapter, appId: string, reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
  let failure: { readonly error: unknown } | null = null;
  await adapter.continueConversationAsync(appId, reference, async (context) => {
    try {
      await logic(context);
    } catch (error) {
      failure = { error };
    }
  });
  if (failure) throw (failure as { readonly error: unknown }).error;
}
