import { ComponentDialog, WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import type { CaseDraft } from '../domain/case-draft';
import { addWorkingDays, localMoment } from '../domain/opening-hours';
import { escapeMarkdown } from '../domain/markdown';
import type { LocaleText } from '../i18n/locale-text';
import { AnswerPrompt, yesNoChoices } from './answer-prompt';
import type { Answer } from './answer-prompt';
import type { DialogDeps } from './dialog-deps';
import { turnOrigin } from './turn-origin';
import { textFor } from './turn-text';

export interface SubmitCaseOptions {
  readonly draft: CaseDraft;
  /** What the resident told us, already in their language, shown before they agree to send. */
  readonly summary: string;
  /** What happens next, shown with the reference. */
  readonly nextSteps: string;
}

export interface SubmitCaseResult {
  readonly reference: string | null;
}

/** Shows the summary, asks to send, submits, and ends with the reference. */
export class SubmitCaseDialog extends ComponentDialog {
  static readonly id = 'submit-case';

  constructor(private readonly deps: DialogDeps) {
    super(SubmitCaseDialog.id);
    this.addDialog(new AnswerPrompt());
    this.addDialog(new WaterfallDialog('submit-steps', [this.confirm.bind(this), this.submit.bind(this)]));
    this.initialDialogId = 'submit-steps';
  }

  private async confirm(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { summary } = step.options as SubmitCaseOptions;
    const t = textFor(step.context);
    return step.prompt(
      AnswerPrompt.id,
      AnswerPrompt.options({
        kind: 'choice',
        prompt: `${summary}\n\n${t.t('submit.ask')}`,
        choices: yesNoChoices(t, t.t('submit.yes'), t.t('submit.no')),
      }),
    );
  }

  private async submit(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = step.result as Answer;
    const t = textFor(step.context);
    if (answer.status !== 'answered' || answer.value !== 'yes') {
      await step.context.sendActivity(t.t('submit.notSent'));
      return step.endDialog({ reference: null } satisfies SubmitCaseResult);
    }
    const { draft, nextSteps } = step.options as SubmitCaseOptions;
    const reference = await this.deps.cases.submit(draft, turnOrigin(step.context));
    await this.deps.rememberResident?.(step.context, reference);
    this.deps.count?.('case', draft.kind);
    await step.context.sendActivity(`${t.t('submit.sent', { reference })}\n\n${nextSteps}\n\n${t.t('submit.anythingElse')}`);
    return step.endDialog({ reference } satisfies SubmitCaseResult);
  }
}

/** "within 20 working days (by Monday 21 December)" from the office's calendar. */
export function replyBy(t: LocaleText, deps: DialogDeps, workingDays: number): string {
  const today = localMoment(deps.now(), deps.profile.timeZone).date;
  const by = addWorkingDays(today, workingDays, deps.profile.bankHolidays);
  return t.t('time.withinWorkingDays', { days: workingDays, date: t.date(by, 'weekday') });
}

export function contactSummary(t: LocaleText, draft: CaseDraft): string {
  const c = draft.contact;
  if (!c) return t.t('summary.anonymous');
  const how = c.email ?? c.phone ?? c.address ?? '';
  return t.t('summary.replyTo', { name: escapeMarkdown(c.name ?? ''), how: escapeMarkdown(how) });
}

/** What the resident wrote, shown back as a quote, with their Markdown shown as typed (never a link or image). */
export function quote(text: string): string {
  return text
    .split('\n')
    .map((l) => `> ${escapeMarkdown(l)}`)
    .join('\n');
}

