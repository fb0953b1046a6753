import { ComponentDialog, WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import { choiceActivity } from './choice-activity';
import { understand } from '../domain/intent';
import type { Intent } from '../domain/intent';
import { JOURNEY_DIALOGS } from '../journeys/journey-dialogs';
import { MENU } from '../journeys/registry';
import type { LocaleText } from '../i18n/locale-text';
import { AnswerPrompt } from './answer-prompt';
import type { Answer, ChoiceSpec } from './answer-prompt';
import { ComplaintDialog } from '../journeys/complaint/complaint-dialog';
import type { DialogDeps } from './dialog-deps';
import { EnquiryDialog } from '../journeys/enquiry/enquiry-dialog';
import { textFor } from './turn-text';

export interface MainOptions {
  readonly text?: string;
  readonly attempt?: number;
}

export function menuChoices(t: LocaleText): ChoiceSpec[] {
  return MENU.map((j) => ({ id: j.kind, title: t.t(j.menuKey) }));
}

/** The welcome, with the main routes as buttons. Not a prompt: anything typed next is understood. */
export async function sendWelcome(context: TurnContext, officeName: string, reportCrime: string, privacy: string): Promise<void> {
  const t = textFor(context);
  const text = t.t('welcome.text', { office: officeName, reportCrime, privacy });
  await context.sendActivity(choiceActivity(context, text, menuChoices(t).map((c) => c.title)));
}

/** Understands what the resident wants, in their words or by button, and starts that journey. */
export class MainDialog extends ComponentDialog {
  static readonly id = 'main';

  constructor(deps: DialogDeps) {
    super(MainDialog.id);
    this.addDialog(new AnswerPrompt());
    for (const journey of Object.values(JOURNEY_DIALOGS)) this.addDialog(journey.create(deps));
    this.addDialog(new WaterfallDialog('main-steps', [this.route.bind(this), this.dispatch.bind(this), this.done.bind(this)]));
    this.initialDialogId = 'main-steps';
  }

  private async route(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = (step.options ?? {}) as MainOptions;
    const text = options.text?.trim() ?? '';
    if (text && understand(text).intent) return step.next({ status: 'answered', value: 'typed', text } satisfies Answer);
    const t = textFor(step.context);
    const prompt = text ? t.t('menu.notUnderstood') : t.t('menu.ask');
    return step.prompt(AnswerPrompt.id, AnswerPrompt.options({ kind: 'choice', prompt, choices: menuChoices(t), freeTextId: 'typed' }));
  }

  private async dispatch(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = step.result as Answer;
    const options = (step.options ?? {}) as MainOptions;
    if (answer.status !== 'answered') return step.beginDialog(EnquiryDialog.id, { leaveMessage: true });
    if (answer.value !== 'typed') return step.beginDialog(JOURNEY_DIALOGS[answer.value as Intent].id, {});
    const u = understand(answer.text);
    if (!u.intent) {
      // Twice not understood: rather than loop, take their words as a message for the office.
      if ((options.attempt ?? 0) >= 1) return step.beginDialog(EnquiryDialog.id, { question: answer.text });
      return step.replaceDialog(this.initialDialogId, { text: answer.text, attempt: (options.attempt ?? 0) + 1 } satisfies MainOptions);
    }
    switch (u.intent) {
      case 'complaint':
        return step.beginDialog(ComplaintDialog.id, { about: u.complaintAbout });
      case 'enquiry':
        return step.beginDialog(EnquiryDialog.id, { topic: u.enquiryTopic });
      default:
        return step.beginDialog(JOURNEY_DIALOGS[u.intent].id, { text: answer.text });
    }
  }

  private async done(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.endDialog(step.result);
  }
}
