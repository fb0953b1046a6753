import { readSafetyAnswer } from '../../domain/safety-answer';
import type { SafetyAnswer } from '../../domain/safety-answer';
import type { DialogTurnResult, WaterfallStep, WaterfallStepContext } from 'botbuilder-dialogs';
import { JourneyDialog } from '../../dialogs/journey-dialog';
import type { CaseDraft } from '../../domain/case-draft';
import { normaliseWords } from '../../domain/words';
import type { LocaleText, TextKey } from '../../i18n/locale-text';
import { AnswerPrompt } from '../../dialogs/answer-prompt';
import type { Answer } from '../../dialogs/answer-prompt';
import { ContactDetailsDialog } from '../../dialogs/contact-details-dialog';
import type { ContactDetailsResult } from '../../dialogs/contact-details-dialog';
import type { DialogDeps } from '../../dialogs/dialog-deps';
import { serviceList, servicesFor, staffWillSee } from '../../dialogs/service-lines';
import { SubmitCaseDialog, contactSummary } from '../../dialogs/submit-case-dialog';
import type { SubmitCaseOptions } from '../../dialogs/submit-case-dialog';
import { officeFor, textFor } from '../../dialogs/turn-text';
import { escapeMarkdown } from '../../domain/markdown';
import type { JourneyResult } from '../../dialogs/journey-result';
import type { RiskAssessment } from '../../domain/risk/risk-assessment';
import type { RiskTopic } from '../../domain/risk/risk-assessment';
import type { JourneyOptions } from '../comment/comment-dialog';

export const HARMS = ['stalking', 'domestic-abuse', 'sexual-violence', 'hate-crime', 'fraud', 'burglary', 'anti-social-behaviour', 'other'] as const;
export type Harm = (typeof HARMS)[number];

const HARM_WORDS: readonly (readonly [Harm, RegExp])[] = [
  ['stalking', /\b(?:stalk\w*|follow\w*|harass\w*|keeps? (?:messaging|texting|calling|turning up))\b/],
  ['domestic-abuse', /\b(?:domestic|partner|husband|wife|boyfriend|girlfriend|my ex|coercive|controlling)\b/],
  ['sexual-violence', /\b(?:rape\w*|sexual\w*|sexually|assaulted me|touched me)\b/],
  ['hate-crime', /\b(?:hate|racis\w*|homophob\w*|transphob\w*|because (?:i'?m|of my))\b/],
  ['fraud', /\b(?:fraud\w*|scam\w*|con(?:ned)?|phishing|bank|money taken)\b/],
  ['burglary', /\b(?:burgl\w*|broke in(?:to)?|break ?in|stolen from (?:my|our) (?:house|home|flat|shed|garage))\b/],
  ['anti-social-behaviour', /\b(?:anti ?social|asb|neighbours?|noise|gangs?|youths?|vandal\w*)\b/],
];

/** Harms that always go to a person, whatever the resident says about their safety. */
const HANDED_TO_STAFF: ReadonlySet<Harm> = new Set<Harm>(['stalking', 'domestic-abuse', 'sexual-violence']);

const HARM_TOPIC: Record<Harm, RiskTopic | null> = {
  stalking: 'stalking',
  'domestic-abuse': 'domestic-abuse',
  'sexual-violence': 'sexual-violence',
  'hate-crime': 'hate-crime',
  fraud: null,
  burglary: null,
  'anti-social-behaviour': null,
  other: null,
};

export function recogniseHarm(text: string): Harm | null {
  const words = normaliseWords(text);
  for (const [harm, pattern] of HARM_WORDS) if (pattern.test(words)) return harm;
  return null;
}

interface SupportState {
  harm?: Harm;
  safeNow?: 'yes' | 'no' | 'not-sure';
  request?: 'call-back' | 'referral';
  servicesShown?: string[];
  safeTime?: string;
}

/** Support for a victim: what happened, are they safe, the services that fit, and a call-back or referral. */
export class SupportDialog extends JourneyDialog {
  static readonly id = 'support';

  constructor(private readonly deps: DialogDeps) {
    super(SupportDialog.id, deps);
  }

  protected steps(): WaterfallStep[] {
    return [
      this.askWhat.bind(this),
      this.askSafe.bind(this),
      this.showServices.bind(this),
      this.afterOffer.bind(this),
      this.askSafeTime.bind(this),
      this.confirm.bind(this),
    ];
  }

  private s(step: WaterfallStepContext): SupportState {
    return step.values as SupportState;
  }

  private harmChoices(t: LocaleText) {
    return HARMS.map((id) => ({ id, title: t.t(`support.harm.${id}` as TextKey) }));
  }

  private async askWhat(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = textFor(step.context);
    const opener = (step.options as JourneyOptions | undefined)?.text ?? '';
    const known = opener ? recogniseHarm(opener) : null;
    if (known) return step.next({ status: 'answered', value: known, text: opener } satisfies Answer);
    return step.prompt(
      AnswerPrompt.id,
      AnswerPrompt.options({ kind: 'choice', prompt: t.t('support.askWhat'), choices: this.harmChoices(t), freeTextId: 'typed' }),
    );
  }

  private async askSafe(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = step.result as Answer;
    const s = this.s(step);
    if (answer.status !== 'answered') s.harm = 'other';
    else if (answer.value === 'typed') s.harm = recogniseHarm(answer.text) ?? 'other';
    else s.harm = answer.value as Harm;
    const topic = HARM_TOPIC[s.harm];
    if (topic) this.deps.memory.noteTopic(step.context, topic);
    const t = textFor(step.context);
    return step.prompt(
      AnswerPrompt.id,
      AnswerPrompt.options({
        kind: 'choice',
        prompt: t.t('support.askSafe'),
        choices: [
          { id: 'yes', title: t.t('support.safeYes'), synonyms: t.words('safeNowYes') },
          { id: 'no', title: t.t('support.safeNo'), synonyms: t.words('safeNowNo') },
          { id: 'not-sure', title: t.t('support.safeNotSure'), synonyms: t.words('notSure') },
        ],
        // Words of their own ("not while he's here") are read, never refused: only a plain yes is safe.
        freeTextId: 'typed',
      }),
    );
  }

  private async showServices(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = step.result as Answer;
    const s = this.s(step);
    const t = textFor(step.context);
    const p = officeFor(this.deps.profile, step.context);
    if (answer.status !== 'answered') s.safeNow = 'not-sure';
    else s.safeNow = answer.value === 'typed' ? readSafetyAnswer(answer.text) : (answer.value as SafetyAnswer);
    const harm = s.harm ?? 'other';
    // Not safe (or unsure), or stalking, domestic abuse or sexual violence: a disclosure of
    // risk like any other. 999 first, then a person, then how to contact them safely.
    if (s.safeNow !== 'yes' || HANDED_TO_STAFF.has(harm)) {
      const reasons = [
        s.safeNow === 'no' ? 'says they are not safe right now (support journey)' : s.safeNow === 'not-sure' ? 'not sure whether they are safe (support journey)' : 'told us about this in the support journey',
        `what happened: ${harm}`,
      ];
      const risk: RiskAssessment = { level: s.safeNow === 'no' ? 'emergency' : 'high', topics: [], reasons, language: 'en', basis: [`support-journey/${s.safeNow ?? 'harm'}`] };
      // The bot answers it, as it answers every disclosure.
      return step.endDialog({ reference: null, needsStaff: { risk, words: t.t(`support.harm.${harm}` as TextKey) } } satisfies JourneyResult);
    }
    const services = servicesFor(p, [s.harm ?? 'other', 'other']);
    s.servicesShown = services.map((x) => x.id);
    await step.context.sendActivity(`${t.t('support.servicesIntro')}\n\n${serviceList(t, p, services, this.deps.now())}`);
    const local = p.services.find((x) => x.id === p.referralServiceId);
    return step.prompt(
      AnswerPrompt.id,
      AnswerPrompt.options({
        kind: 'choice',
        prompt: t.t('support.askOffer'),
        choices: [
          { id: 'call-back', title: t.t('support.offerCallBack'), synonyms: t.words('callBack') },
          { id: 'referral', title: t.t('support.offerReferral', { service: local?.name ?? t.t('support.localService') }), synonyms: t.words('referral') },
          { id: 'no', title: t.t('support.offerNo'), synonyms: t.words('noThanks') },
        ],
      }),
    );
  }

  private async afterOffer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = step.result as Answer;
    const t = textFor(step.context);
    if (answer.status !== 'answered' || answer.value === 'no') {
      await step.context.sendActivity(t.t('support.noOffer'));
      return step.endDialog({ reference: null });
    }
    this.s(step).request = answer.value as 'call-back' | 'referral';
    await step.context.sendActivity(t.t(answer.value === 'referral' ? 'support.referralExplain' : 'support.callBackExplain'));
    return step.beginDialog(ContactDetailsDialog.id, { required: true });
  }

  private async askSafeTime(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { contact } = step.result as ContactDetailsResult;
    if (!contact) {
      await step.context.sendActivity(textFor(step.context).t('support.noContact', { phone: this.deps.profile.contact.phone }));
      return step.endDialog({ reference: null });
    }
    (step.values as Record<string, unknown>)['contact'] = contact;
    return step.prompt(AnswerPrompt.id, AnswerPrompt.options({ kind: 'text', prompt: textFor(step.context).t('support.askSafeTime') }));
  }

  private async confirm(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = step.result as Answer;
    const s = this.s(step);
    const t = textFor(step.context);
    const contactBase = (step.values as Record<string, unknown>)['contact'] as NonNullable<ContactDetailsResult['contact']>;
    const safeTimes = answer.status === 'answered' ? answer.value.slice(0, 500) : undefined;
    const contact = { ...contactBase, safeToContact: true, ...(safeTimes ? { safeTimes } : {}) };
    const draft: CaseDraft = {
      kind: 'support',
      details: t.t(`support.harm.${s.harm ?? 'other'}` as TextKey),
      contact,
      support: {
        whatHappened: s.harm ?? 'other',
        ...(s.safeNow ? { safeNow: s.safeNow } : {}),
        request: s.request ?? 'call-back',
        servicesShown: s.servicesShown ?? [],
      },
    };
    const summary = [
      t.t('support.summaryTitle'),
      t.t(s.request === 'referral' ? 'support.summaryReferral' : 'support.summaryCallBack'),
      contactSummary(t, draft),
      ...(safeTimes ? [t.t('support.summarySafeTime', { time: escapeMarkdown(safeTimes) })] : []),
      t.t('support.consent'),
    ].join('\n\n');
    const seen = staffWillSee(t, this.deps.profile, this.deps.now());
    const nextSteps = t.t('support.next', { when: seen.when });
    return step.beginDialog(SubmitCaseDialog.id, { draft, summary, nextSteps } satisfies SubmitCaseOptions);
  }

}
