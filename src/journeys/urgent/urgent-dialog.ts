import { ComponentDialog, Dialog, WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogContext, DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import type { Contact } from '../../domain/case-record';
import { AnswerPrompt } from '../../dialogs/answer-prompt';
import type { Answer } from '../../dialogs/answer-prompt';
import type { DialogDeps } from '../../dialogs/dialog-deps';
import { turnOrigin } from '../../dialogs/turn-origin';
import { textFor } from '../../dialogs/turn-text';

export interface UrgentOptions {
  readonly reference: string | null;
  /** Whether a journey was interrupted and can be taken up again afterwards. */
  readonly interrupted: boolean;
}

interface UrgentState {
  how?: { kind: 'email' | 'phone' | 'address'; value: string };
}

/**
 * After the 999 advice and the handoff (sent by the bot before this starts):
 * is it safe to contact them, how and when; then back to what they were doing, or stop.
 */
export class UrgentDialog extends ComponentDialog {
  static readonly id = 'urgent';

  constructor(private readonly deps: DialogDeps) {
    super(UrgentDialog.id);
    this.addDialog(new AnswerPrompt());
    this.addDialog(
      new WaterfallDialog('urgent-steps', [
        this.askSafe.bind(this),
        this.askHow.bind(this),
        this.askWhen.bind(this),
        this.save.bind(this),
        this.afterCarryOn.bind(this),
      ]),
    );
    this.initialDialogId = 'urgent-steps';
  }

  private async askSafe(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = textFor(step.context);
    return step.prompt(
      AnswerPrompt.id,
      AnswerPrompt.options({
        kind: 'choice',
        prompt: t.t('urgent.askSafe'),
        choices: [
          { id: 'yes', title: t.t('urgent.safeYes'), synonyms: t.words('safeToContactYes') },
          { id: 'no', title: t.t('urgent.safeNo'), synonyms: t.words('safeToContactNo') },
        ],
      }),
    );
  }

  private async askHow(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = step.result as Answer;
    const t = textFor(step.context);
    if (answer.status !== 'answered' || answer.value !== 'yes') {
      await step.context.sendActivity(t.t('urgent.noContact', { phone: this.deps.profile.contact.phone }));
      return step.next(null);
    }
    return step.prompt(AnswerPrompt.id, AnswerPrompt.options({ kind: 'contact', prompt: t.t('urgent.askHow') }));
  }

  private async askWhen(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = step.result as Answer | null;
    if (answer?.status !== 'answered') return step.next(null);
    (step.values as UrgentState).how = { kind: answer.contactKind ?? 'phone', value: answer.value };
    return step.prompt(AnswerPrompt.id, AnswerPrompt.options({ kind: 'text', prompt: textFor(step.context).t('urgent.askWhen') }));
  }

  private async save(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const how = (step.values as UrgentState).how;
    const answer = step.result as Answer | null;
    const { reference, interrupted } = step.options as UrgentOptions;
    const t = textFor(step.context);
    if (how) {
      const contact: Contact = {
        ...(how.kind === 'email' ? { email: how.value } : {}),
        ...(how.kind === 'phone' ? { phone: how.value } : {}),
        ...(how.kind === 'address' ? { address: how.value } : {}),
        preferredMethod: how.kind === 'address' ? 'post' : how.kind,
        ...(answer?.status === 'answered' ? { safeTimes: answer.value.slice(0, 500) } : {}),
        safeToContact: true,
        consentToContact: true,
      };
      if (reference) await this.deps.cases.updateUrgentContact(reference, contact, turnOrigin(step.context));
      await step.context.sendActivity(t.t('urgent.contactSaved'));
    }
    if (!interrupted) {
      await step.context.sendActivity(t.t('urgent.anythingElse'));
      return step.endDialog();
    }
    return step.prompt(
      AnswerPrompt.id,
      AnswerPrompt.options({
        kind: 'choice',
        prompt: t.t('urgent.askCarryOn'),
        choices: [
          { id: 'yes', title: t.t('urgent.carryOnYes'), synonyms: t.words('carryOn') },
          { id: 'no', title: t.t('urgent.carryOnNo'), synonyms: t.words('stopHere') },
        ],
      }),
    );
  }

  private async afterCarryOn(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = step.result as Answer;
    if (answer.status === 'answered' && answer.value === 'yes') return step.endDialog();
    await step.context.sendActivity(textFor(step.context).t('urgent.stopped'));
    // Stop the interrupted journey too, not only this dialog: cancel from the root of the stack.
    let root: DialogContext = step;
    while (root.parent) root = root.parent;
    await root.cancelAllDialogs(true);
    return Dialog.EndOfTurn;
  }
}
