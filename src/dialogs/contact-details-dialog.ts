import { ComponentDialog, WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import type { Contact } from '../domain/case-record';
import { AnswerPrompt, yesNoChoices } from './answer-prompt';
import type { Answer } from './answer-prompt';
import { textFor } from './turn-text';

export interface ContactDetailsOptions {
  /** A complaint cannot be handled without a way to reply; a comment can. */
  readonly required: boolean;
}

export interface ContactDetailsResult {
  readonly contact: Contact | null;
  readonly gaveUp: boolean;
}

interface Draft {
  required: boolean;
  name?: string;
}

export class ContactDetailsDialog extends ComponentDialog {
  static readonly id = 'contact-details';

  constructor() {
    super(ContactDetailsDialog.id);
    this.addDialog(new AnswerPrompt());
    this.addDialog(
      new WaterfallDialog('contact-steps', [
        this.askWhether.bind(this),
        this.askName.bind(this),
        this.askHow.bind(this),
        this.askConfirmation.bind(this),
        this.finish.bind(this),
      ]),
    );
    this.initialDialogId = 'contact-steps';
  }

  private draft(step: WaterfallStepContext): Draft {
    return step.values as Draft;
  }

  private async askWhether(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { required } = step.options as ContactDetailsOptions;
    this.draft(step).required = required;
    const t = textFor(step.context);
    if (required) {
      await step.context.sendActivity(t.t('contact.needed'));
      return step.next({ status: 'answered', value: 'yes', text: '' } satisfies Answer);
    }
    return step.prompt(
      AnswerPrompt.id,
      AnswerPrompt.options({ kind: 'choice', prompt: t.t('contact.askWhether'), choices: yesNoChoices(t, t.t('contact.yes'), t.t('contact.no')) }),
    );
  }

  private async askName(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = step.result as Answer;
    if (answer.status !== 'answered' || answer.value !== 'yes') return step.endDialog({ contact: null, gaveUp: answer.status === 'gave-up' } satisfies ContactDetailsResult);
    return step.prompt(AnswerPrompt.id, AnswerPrompt.options({ kind: 'name', prompt: textFor(step.context).t('contact.askName') }));
  }

  private async askHow(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = step.result as Answer;
    if (answer.status !== 'answered') return step.endDialog({ contact: null, gaveUp: true } satisfies ContactDetailsResult);
    this.draft(step).name = answer.value;
    return step.prompt(AnswerPrompt.id, AnswerPrompt.options({ kind: 'contact', prompt: textFor(step.context).t('contact.askHow') }));
  }

  private async askConfirmation(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = step.result as Answer;
    if (answer.status !== 'answered') return step.endDialog({ contact: null, gaveUp: true } satisfies ContactDetailsResult);
    const kind = answer.contactKind ?? 'email';
    const values = step.values as Record<string, unknown>;
    values['how'] = { kind, value: answer.value };
    if (kind !== 'email') return step.next(null);
    const t = textFor(step.context);
    return step.prompt(
      AnswerPrompt.id,
      AnswerPrompt.options({ kind: 'choice', prompt: t.t('contact.askConfirmationEmail'), choices: yesNoChoices(t, t.t('common.yesPlease'), t.t('common.noThanks')) }),
    );
  }

  private async finish(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const values = step.values as Record<string, unknown> & Draft;
    const how = values['how'] as { kind: 'email' | 'phone' | 'address'; value: string };
    const confirmation = step.result as Answer | null;
    const contact: Contact = {
      ...(values.name ? { name: values.name } : {}),
      ...(how.kind === 'email' ? { email: how.value } : {}),
      ...(how.kind === 'phone' ? { phone: how.value } : {}),
      ...(how.kind === 'address' ? { address: how.value } : {}),
      preferredMethod: how.kind === 'address' ? 'post' : how.kind,
      wantsConfirmation: confirmation?.status === 'answered' && confirmation.value === 'yes',
      consentToContact: true,
    };
    return step.endDialog({ contact, gaveUp: false } satisfies ContactDetailsResult);
  }
}
