import type { DialogTurnResult, WaterfallStep, WaterfallStepContext } from 'botbuilder-dialogs';
import { JourneyDialog } from '../../dialogs/journey-dialog';
import type { CaseDraft } from '../../domain/case-draft';
import type { ComplaintAbout } from '../../domain/complaint-about';
import { COMPLAINT_ABOUT } from '../../domain/complaint-about';
import { reviewDeadline, routeComplaint } from './routing';
import { recogniseComplaintAbout } from '../../domain/intent';
import { localMoment } from '../../domain/opening-hours';
import type { LocaleText, TextKey } from '../../i18n/locale-text';
import { AnswerPrompt, yesNoChoices } from '../../dialogs/answer-prompt';
import type { Answer } from '../../dialogs/answer-prompt';
import { ContactDetailsDialog } from '../../dialogs/contact-details-dialog';
import type { ContactDetailsResult } from '../../dialogs/contact-details-dialog';
import type { DialogDeps } from '../../dialogs/dialog-deps';
import { SubmitCaseDialog, contactSummary, quote, replyBy } from '../../dialogs/submit-case-dialog';
import type { SubmitCaseOptions } from '../../dialogs/submit-case-dialog';
import { officeFor, textFor } from '../../dialogs/turn-text';

export interface ComplaintOptions {
  readonly about?: ComplaintAbout | null;
}

interface ComplaintState {
  about?: ComplaintAbout;
  passOn?: boolean;
  outcomeLetterDate?: string;
  reviewDeadline?: string;
  late?: boolean;
  forceReference?: string;
  details?: string;
}

const SKIP = /^(?:skip|no|none|n\/?a|don'?t (?:have|know)(?: it)?|i don'?t (?:have|know)(?: it)?|not sure|no reference|-)$/i;

/** Finds out who a complaint is about and follows who handles it (DOMAIN.md's table). */
export class ComplaintDialog extends JourneyDialog {
  static readonly id = 'complaint';

  constructor(private readonly deps: DialogDeps) {
    super(ComplaintDialog.id, deps);
  }

  protected steps(): WaterfallStep[] {
    return [
      this.askAbout.bind(this),
      this.explainRoute.bind(this),
      this.afterRoute.bind(this),
      this.afterLetterDate.bind(this),
      this.askDetails.bind(this),
      this.askContact.bind(this),
      this.confirm.bind(this),
    ];
  }

  private s(step: WaterfallStepContext): ComplaintState {
    return step.values as ComplaintState;
  }

  private aboutChoices(t: LocaleText) {
    return COMPLAINT_ABOUT.map((id) => ({ id, title: t.t(`complaint.about.${id}` as TextKey) }));
  }

  private async askAbout(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const about = (step.options as ComplaintOptions | undefined)?.about;
    if (about) return step.next({ status: 'answered', value: about, text: '' } satisfies Answer);
    const t = textFor(step.context);
    return step.prompt(
      AnswerPrompt.id,
      AnswerPrompt.options({ kind: 'choice', prompt: t.t('complaint.askAbout'), choices: this.aboutChoices(t), freeTextId: 'typed' }),
    );
  }

  private async explainRoute(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = step.result as Answer;
    const s = this.s(step);
    const t = textFor(step.context);
    if (answer.status !== 'answered') s.about = 'other';
    else if (answer.value === 'typed') s.about = recogniseComplaintAbout(answer.text) ?? 'other';
    else s.about = answer.value as ComplaintAbout;
    const office = officeFor(this.deps.profile, step.context);
    const routes = office.complaintRoutes;
    const handling = routeComplaint(s.about);
    if (handling.action === 'refer' && handling.profileRoute) {
      const route = routes[handling.profileRoute];
      const how = [route.phone ? t.t('route.phone', { phone: route.phone }) : null, route.email ? t.t('route.email', { email: route.email }) : null, route.web ? t.t('route.web', { web: route.web }) : null, route.address ? t.t('route.address', { address: route.address }) : null]
        .filter((x): x is string => x !== null)
        .join('\n');
      await step.context.sendActivity(t.t(handling.textKey, { body: route.body, force: office.forceName, iopcPhone: routes.iopc.phone ?? '' }) + `\n\n${how}`);
      if (!route.officePassesOn) return step.endDialog({ reference: null });
      return step.prompt(
        AnswerPrompt.id,
        AnswerPrompt.options({ kind: 'choice', prompt: t.t('complaint.askPassOn', { body: route.body }), choices: yesNoChoices(t, t.t('complaint.passOnYes'), t.t('complaint.passOnNo')) }),
      );
    }
    if (s.about === 'review-request') {
      await step.context.sendActivity(t.t(handling.textKey, { iopcPhone: routes.iopc.phone ?? '' }));
      return step.prompt(
        AnswerPrompt.id,
        AnswerPrompt.options({ kind: 'date', prompt: t.t('complaint.askLetterDate'), timeZone: this.deps.profile.timeZone }),
      );
    }
    await step.context.sendActivity(t.t(handling.textKey));
    return step.next(null);
  }

  private async afterRoute(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const s = this.s(step);
    const t = textFor(step.context);
    const answer = step.result as Answer | null;
    const handling = routeComplaint(s.about ?? 'other');
    if (handling.action === 'refer') {
      if (answer?.status !== 'answered' || answer.value !== 'yes') {
        await step.context.sendActivity(t.t('complaint.selfRefer'));
        return step.endDialog({ reference: null });
      }
      s.passOn = true;
      return step.next(null);
    }
    if (s.about === 'review-request') {
      if (answer?.status === 'answered') {
        s.outcomeLetterDate = answer.value;
        const today = localMoment(this.deps.now(), this.deps.profile.timeZone).date;
        const deadline = reviewDeadline(answer.value, today);
        s.reviewDeadline = deadline.lastDay;
        s.late = deadline.late;
        await step.context.sendActivity(t.t(deadline.late ? 'complaint.reviewLate' : 'complaint.reviewInTime', { date: t.date(deadline.lastDay, 'full') }));
      }
      return step.prompt(AnswerPrompt.id, AnswerPrompt.options({ kind: 'text', prompt: t.t('complaint.askForceReference') }));
    }
    return step.next(null);
  }

  private async afterLetterDate(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const s = this.s(step);
    const answer = step.result as Answer | null;
    if (s.about === 'review-request' && answer?.status === 'answered' && !SKIP.test(answer.value.trim())) {
      s.forceReference = answer.value.slice(0, 100);
    }
    return step.next(null);
  }

  private async askDetails(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const s = this.s(step);
    const t = textFor(step.context);
    const key = s.about === 'review-request' ? (s.late ? 'complaint.askDetailsLateReview' : 'complaint.askDetailsReview') : 'complaint.askDetails';
    return step.prompt(AnswerPrompt.id, AnswerPrompt.options({ kind: 'text', prompt: t.t(key) }));
  }

  private async askContact(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = step.result as Answer;
    if (answer.status !== 'answered') return step.endDialog({ reference: null });
    this.s(step).details = answer.value;
    return step.beginDialog(ContactDetailsDialog.id, { required: true });
  }

  private async confirm(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { contact } = step.result as ContactDetailsResult;
    const s = this.s(step);
    const t = textFor(step.context);
    const p = officeFor(this.deps.profile, step.context);
    if (!contact) {
      await step.context.sendActivity(t.t('complaint.noContact', { phone: p.contact.phone, address: p.contact.address }));
      return step.endDialog({ reference: null });
    }
    const about = s.about ?? 'other';
    const handling = routeComplaint(about);
    const draft: CaseDraft = {
      kind: 'complaint',
      details: s.details ?? '',
      contact,
      complaint: {
        about,
        handledBy: handling.handledBy,
        ...(s.passOn ? { passOnWithConsent: true } : {}),
        ...(s.outcomeLetterDate ? { outcomeLetterDate: s.outcomeLetterDate } : {}),
        ...(s.reviewDeadline ? { reviewDeadline: s.reviewDeadline } : {}),
        ...(s.late !== undefined ? { lateReviewRequest: s.late } : {}),
        ...(s.forceReference ? { forceReference: s.forceReference } : {}),
      },
    };
    const summary = [
      t.t('complaint.summaryTitle'),
      t.t('summary.about', { topic: t.t(`complaint.about.${about}` as TextKey) }),
      ...(s.forceReference ? [t.t('complaint.summaryForceReference', { reference: s.forceReference })] : []),
      quote(draft.details),
      contactSummary(t, draft),
    ].join('\n\n');
    const when = replyBy(t, this.deps, p.responseWorkingDays.complaint);
    const nextSteps = s.passOn
      ? t.t('complaint.nextPassOn', { body: p.complaintRoutes[handling.profileRoute ?? 'forceProfessionalStandards'].body })
      : t.t('complaint.nextTaken', { when });
    return step.beginDialog(SubmitCaseDialog.id, { draft, summary, nextSteps } satisfies SubmitCaseOptions);
  }

}
