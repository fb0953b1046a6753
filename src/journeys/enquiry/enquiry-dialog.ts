import type { DialogTurnResult, WaterfallStep, WaterfallStepContext } from 'botbuilder-dialogs';
import { JourneyDialog } from '../../dialogs/journey-dialog';
import type { CaseDraft } from '../../domain/case-draft';
import { recogniseEnquiryTopic } from '../../domain/intent';
import type { EnquiryTopic } from '../../domain/intent';
import type { OfficeProfile } from '../../domain/office-profile';
import type { LocaleText, TextKey } from '../../i18n/locale-text';
import { AnswerPrompt, yesNoChoices } from '../../dialogs/answer-prompt';
import type { Answer } from '../../dialogs/answer-prompt';
import { ContactDetailsDialog } from '../../dialogs/contact-details-dialog';
import type { ContactDetailsResult } from '../../dialogs/contact-details-dialog';
import type { DialogDeps } from '../../dialogs/dialog-deps';
import { staffWillSee } from '../../dialogs/service-lines';
import { SubmitCaseDialog, contactSummary, quote, replyBy } from '../../dialogs/submit-case-dialog';
import type { SubmitCaseOptions } from '../../dialogs/submit-case-dialog';
import { officeFor, textFor } from '../../dialogs/turn-text';

export interface EnquiryOptions {
  readonly topic?: EnquiryTopic | null;
  /** "Talk to a person": skip the common answers and take a message for staff. */
  readonly leaveMessage?: boolean;
  /** Words already typed that the bot could not place: they become the message. */
  readonly question?: string;
}

const TOPICS: readonly (EnquiryTopic | 'other')[] = ['contact', 'foi', 'sar', 'panel', 'plan', 'meetings', 'volunteering', 'press', 'report-crime', 'other'];

/** The common questions, answered from the office profile; otherwise an enquiry for the office. */
export function answerFor(t: LocaleText, p: OfficeProfile, topic: EnquiryTopic, at: Date): string {
  const office = staffWillSee(t, p, at);
  const vars = {
    office: p.name,
    phone: p.contact.phone,
    email: p.contact.email,
    address: p.contact.address,
    web: p.contact.web,
    foiDays: p.responseWorkingDays.foi,
    sarDays: p.responseWorkingDays.sar,
    foiLink: p.links.foi,
    sarLink: p.links.sar,
    panel: p.complaintRoutes.policeAndCrimePanel.body,
    panelLink: p.links.panel,
    panelPhone: p.complaintRoutes.policeAndCrimePanel.phone ?? '',
    planLink: p.links.plan,
    meetingsLink: p.links.meetings,
    volunteeringLink: p.links.volunteering,
    pressEmail: p.pressContact.email,
    pressPhone: p.pressContact.phone ?? p.contact.phone,
    reportLink: p.links.reportCrime,
    force: p.forceName,
    openNow: office.open ? t.t('enquiry.officeOpen') : t.t('enquiry.officeClosed', { when: office.when }),
  };
  const key = topic === 'address' ? 'contact' : topic;
  return t.t(`enquiry.answer.${key}` as TextKey, vars);
}

interface EnquiryState {
  topic?: EnquiryTopic | 'other';
  question?: string;
}

export class EnquiryDialog extends JourneyDialog {
  static readonly id = 'enquiry';

  constructor(private readonly deps: DialogDeps) {
    super(EnquiryDialog.id, deps);
  }

  protected steps(): WaterfallStep[] {
    return [
      this.askTopic.bind(this),
      this.answer.bind(this),
      this.afterAnswer.bind(this),
      this.askContact.bind(this),
      this.confirm.bind(this),
    ];
  }

  private s(step: WaterfallStepContext): EnquiryState {
    return step.values as EnquiryState;
  }

  private async askTopic(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = (step.options ?? {}) as EnquiryOptions;
    if (options.question) this.s(step).question = options.question;
    if (options.leaveMessage || options.question) return step.next({ status: 'answered', value: 'other', text: '' } satisfies Answer);
    if (options.topic) return step.next({ status: 'answered', value: options.topic, text: '' } satisfies Answer);
    const t = textFor(step.context);
    const choices = TOPICS.map((id) => ({ id, title: t.t(`enquiry.topic.${id}` as TextKey) }));
    return step.prompt(AnswerPrompt.id, AnswerPrompt.options({ kind: 'choice', prompt: t.t('enquiry.askTopic'), choices, freeTextId: 'typed' }));
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = step.result as Answer;
    const s = this.s(step);
    const t = textFor(step.context);
    if (answer.status !== 'answered') s.topic = 'other';
    else if (answer.value === 'typed') {
      s.topic = recogniseEnquiryTopic(answer.text) ?? 'other';
      if (s.topic === 'other') s.question = answer.text;
    } else s.topic = answer.value as EnquiryTopic | 'other';
    if (s.topic === 'other') return step.next({ status: 'answered', value: 'no', text: '' } satisfies Answer);
    await step.context.sendActivity(answerFor(t, officeFor(this.deps.profile, step.context), s.topic, this.deps.now()));
    return step.prompt(
      AnswerPrompt.id,
      AnswerPrompt.options({ kind: 'choice', prompt: t.t('enquiry.askAnswered'), choices: yesNoChoices(t, t.t('enquiry.answeredYes'), t.t('enquiry.answeredNo')) }),
    );
  }

  private async afterAnswer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = step.result as Answer;
    const t = textFor(step.context);
    if (answer.status === 'answered' && answer.value === 'yes') {
      await step.context.sendActivity(t.t('enquiry.glad'));
      return step.endDialog({ reference: null });
    }
    const s = this.s(step);
    if (s.question) return step.next({ status: 'answered', value: s.question, text: s.question } satisfies Answer);
    return step.prompt(AnswerPrompt.id, AnswerPrompt.options({ kind: 'text', prompt: t.t('enquiry.askQuestion') }));
  }

  private async askContact(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = step.result as Answer;
    if (answer.status !== 'answered') return step.endDialog({ reference: null });
    this.s(step).question = answer.value;
    return step.beginDialog(ContactDetailsDialog.id, { required: false });
  }

  private async confirm(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { contact } = step.result as ContactDetailsResult;
    const s = this.s(step);
    const t = textFor(step.context);
    const draft: CaseDraft = { kind: 'enquiry', details: s.question ?? '', contact, enquiry: { topic: s.topic ?? 'other' } };
    const summary = [t.t('enquiry.summaryTitle'), quote(draft.details), contactSummary(t, draft)].join('\n\n');
    const nextSteps = contact
      ? t.t('enquiry.next', { when: replyBy(t, this.deps, this.deps.profile.responseWorkingDays.enquiry) })
      : t.t('enquiry.nextAnonymous');
    return step.beginDialog(SubmitCaseDialog.id, { draft, summary, nextSteps } satisfies SubmitCaseOptions);
  }

}
