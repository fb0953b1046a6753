import type { DialogTurnResult, WaterfallStep, WaterfallStepContext } from 'botbuilder-dialogs';
import { JourneyDialog } from '../../dialogs/journey-dialog';
import type { CaseDraft } from '../../domain/case-draft';
import { AnswerPrompt } from '../../dialogs/answer-prompt';
import type { Answer } from '../../dialogs/answer-prompt';
import { ContactDetailsDialog } from '../../dialogs/contact-details-dialog';
import type { ContactDetailsResult } from '../../dialogs/contact-details-dialog';
import type { DialogDeps } from '../../dialogs/dialog-deps';
import { SubmitCaseDialog, contactSummary, quote, replyBy } from '../../dialogs/submit-case-dialog';
import type { SubmitCaseOptions } from '../../dialogs/submit-case-dialog';
import { officeFor, textFor } from '../../dialogs/turn-text';
import { escapeMarkdown } from '../../domain/markdown';
import { looksLikeContent } from '../../dialogs/looks-like-content';

export interface JourneyOptions {
  /** What the resident first typed, if anything: it may already say what they want. */
  readonly text?: string;
}

interface CommentState {
  topic?: string;
  words?: string;
}

/** A comment on the commissioner's work: topic, their words, optional contact, summary, reference. */
export class CommentDialog extends JourneyDialog {
  static readonly id = 'comment';

  constructor(private readonly deps: DialogDeps) {
    super(CommentDialog.id, deps);
  }

  protected steps(): WaterfallStep[] {
    return [
      this.askTopic.bind(this),
      this.askWords.bind(this),
      this.askContact.bind(this),
      this.confirm.bind(this),
    ];
  }

  private state(step: WaterfallStepContext): CommentState {
    return step.values as CommentState;
  }

  private async askTopic(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = textFor(step.context);
    const opener = (step.options as JourneyOptions | undefined)?.text ?? '';
    if (looksLikeContent(opener)) this.state(step).words = opener;
    const choices = [
      ...officeFor(this.deps.profile, step.context).planPriorities.map((p) => ({ id: p.id, title: p.title })),
      { id: 'other', title: t.t('comment.topicOther') },
    ];
    return step.prompt(AnswerPrompt.id, AnswerPrompt.options({ kind: 'choice', prompt: t.t('comment.askTopic'), choices, freeTextId: 'typed' }));
  }

  private async askWords(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = step.result as Answer;
    const s = this.state(step);
    if (answer.status !== 'answered') {
      s.topic = 'other';
    } else if (answer.value === 'typed') {
      // People often answer "what is it about?" with the comment itself: keep it rather than ask twice.
      s.topic = 'other';
      if (looksLikeContent(answer.text)) s.words ??= answer.text;
      else s.topic = answer.text.slice(0, 200);
    } else {
      s.topic = this.deps.profile.planPriorities.find((p) => p.id === answer.value)?.title ?? 'other';
    }
    if (s.words) return step.next({ status: 'answered', value: s.words, text: s.words } satisfies Answer);
    return step.prompt(AnswerPrompt.id, AnswerPrompt.options({ kind: 'text', prompt: textFor(step.context).t('comment.askWords') }));
  }

  private async askContact(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = step.result as Answer;
    if (answer.status !== 'answered') return step.endDialog({ reference: null });
    this.state(step).words = answer.value;
    return step.beginDialog(ContactDetailsDialog.id, { required: false });
  }

  private async confirm(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { contact } = step.result as ContactDetailsResult;
    const s = this.state(step);
    const t = textFor(step.context);
    const draft: CaseDraft = { kind: 'comment', details: s.words ?? '', contact, comment: { topic: s.topic ?? 'other' } };
    const topic = s.topic === 'other' ? t.t('comment.topicGeneral') : (s.topic ?? '');
    const summary = [t.t('comment.summaryTitle'), t.t('summary.about', { topic: escapeMarkdown(topic) }), quote(draft.details), contactSummary(t, draft)].join('\n\n');
    const nextSteps = contact
      ? t.t('comment.nextWithReply', { when: replyBy(t, this.deps, this.deps.profile.responseWorkingDays.comment) })
      : t.t('comment.nextAnonymous');
    return step.beginDialog(SubmitCaseDialog.id, { draft, summary, nextSteps } satisfies SubmitCaseOptions);
  }

}
