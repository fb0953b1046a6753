import { ComponentDialog, WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import { choiceActivity } from './choice-activity';
import { understand } from '../domain/intent';
import type { Intent } from '../domain/intent';
import { JOURNEY_DIALOGS } from '../journeys/journey-dialogs';
import { MENU } from '../journeys/registry';
import { LocaleText } from '../i18n/locale-text';
import type { OfficeProfile } from '../domain/office-profile';
import { AnswerPrompt } from './answer-prompt';
import type { Answer, ChoiceSpec } from './answer-prompt';
import { ComplaintDialog } from '../journeys/complaint/complaint-dialog';
import type { DialogDeps } from './dialog-deps';
import { EnquiryDialog } from '../journeys/enquiry/enquiry-dialog';
import { officeFor, textFor } from './turn-text';

export interface MainOptions {
  readonly text?: string;
  readonly attempt?: number;
}

export function menuChoices(t: LocaleText): ChoiceSpec[] {
  return MENU.map((j) => ({ id: j.kind, title: t.t(j.menuKey) }));
}

/** The other language the office works in, if any: the greeting offers it with a button. */
export function otherLanguage(current: LocaleText, officeLocales: readonly string[]): LocaleText | null {
  const other = officeLocales.map((l) => new LocaleText(l)).find((t) => t.locale !== current.locale);
  if (other) return other;
  // Every office offers Welsh and English, whatever its profile lists first.
  const fallback = new LocaleText(current.locale.startsWith('cy') ? 'en-GB' : 'cy-GB');
  return fallback.locale !== current.locale ? fallback : null;
}

/**
 * The welcome, with the main routes as buttons and the other language ("Cymraeg" / "English").
 * Not a prompt: anything typed next is understood. An office whose profile lists Welsh first
 * offers it first: a line in Welsh above the English welcome, and its button before the others.
 */
export async function sendWelcome(context: TurnContext, office: OfficeProfile): Promise<void> {
  const t = textFor(context);
  const profile = officeFor(office, context);
  const text = t.t('welcome.text', { office: profile.name, reportCrime: profile.links.reportCrime, privacy: profile.links.privacy });
  const other = otherLanguage(t, profile.locales);
  const menu = menuChoices(t).map((c) => c.title);
  if (!other) {
    await context.sendActivity(choiceActivity(context, text, menu));
    return;
  }
  // Welsh first where the office puts it first (Welsh Language Standards); English is never put before Welsh.
  const otherFirst = other.locale.startsWith('cy') && profile.locales[0] === other.locale;
  const offer = otherFirst ? `${other.t('language.offer')}\n\n` : '';
  const button = t.t('language.button');
  await context.sendActivity(choiceActivity(context, `${offer}${text}`, otherFirst ? [button, ...menu] : [...menu, button]));
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
