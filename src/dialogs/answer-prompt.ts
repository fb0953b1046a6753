import { Prompt, recognizeChoices } from 'botbuilder-dialogs';
import { choiceActivity } from './choice-activity';
import type { DialogContext, DialogTurnResult, PromptOptions, PromptRecognizerResult } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import { parseEmail, parseName, parsePastDate, parseUkPhone, findPostcode } from '../domain/validators';
import type { DateWords, Parsed } from '../domain/validators';
import { normaliseWords } from '../domain/words';
import { localMoment } from '../domain/opening-hours';
import { textFor } from './turn-text';
import type { LocaleText, TextKey } from '../i18n/locale-text';

export type AnswerKind = 'text' | 'optional-text' | 'name' | 'email' | 'phone' | 'contact' | 'date' | 'choice';

export interface ChoiceSpec {
  readonly id: string;
  readonly title: string;
  readonly synonyms?: readonly string[];
}

/** Serialisable: it lives in dialog state between turns. */
export interface AskSpec {
  readonly kind: AnswerKind;
  readonly prompt: string;
  readonly choices?: readonly ChoiceSpec[];
  /** For choices: text that matches no button is kept as `other`, not refused. */
  readonly freeTextId?: string;
  readonly maxAttempts?: number;
  readonly timeZone?: string;
}

export type Answer =
  | { readonly status: 'answered'; readonly value: string; readonly text: string; readonly contactKind?: 'email' | 'phone' | 'address' }
  | { readonly status: 'gave-up' };

interface AskState {
  problem?: TextKey;
}

const MAX_TEXT = 5000;
/** The prompt's own key in its instance state (beside the base Prompt's): the titles it offered. */
const OFFERED = 'answerPromptOffered';
/** Yes and no buttons, answered also by the locale's own words for yes and no ("yeah", "nah"). */
export const yesNoChoices = (t: LocaleText, yesTitle: string, noTitle: string): ChoiceSpec[] => [
  { id: 'yes', title: yesTitle, synonyms: t.words('yes') },
  { id: 'no', title: noTitle, synonyms: t.words('no') },
];

const dateWords = (t: LocaleText): DateWords => ({
  today: t.words('today'),
  yesterday: t.words('yesterday'),
  months: t.words('months'),
  weekdays: t.words('weekdays'),
  last: t.words('last'),
});

function parseContact(text: string): Parsed<{ value: string; kind: 'email' | 'phone' | 'address' }> {
  const trimmed = text.trim();
  if (trimmed.includes('@')) {
    const e = parseEmail(trimmed);
    return e.ok ? { ok: true, value: { value: e.value, kind: 'email' } } : e;
  }
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length >= 6 && digits.length >= trimmed.replace(/\s/g, '').length * 0.6) {
    const p = parseUkPhone(trimmed);
    return p.ok ? { ok: true, value: { value: p.value, kind: 'phone' } } : p;
  }
  if (findPostcode(trimmed) && trimmed.length >= 8) return { ok: true, value: { value: trimmed, kind: 'address' } };
  return { ok: false, problem: 'contact.invalid' };
}

/**
 * One prompt for every question the bot asks: it shows buttons where there
 * are choices, says exactly what was wrong with an answer, and gives up
 * politely after a few tries so nobody is stuck in a loop.
 */
export class AnswerPrompt extends Prompt<Answer> {
  static readonly id = 'answer-prompt';

  constructor() {
    // The base prompt counts attempts; after the last one we move on rather than loop.
    super(AnswerPrompt.id, async (pc) => {
      if (pc.recognized.succeeded) return true;
      const spec = pc.options.validations as AskSpec;
      if (pc.attemptCount < (spec.maxAttempts ?? 3)) return false;
      await pc.context.sendActivity(textFor(pc.context).t('prompt.gaveUp'));
      pc.recognized.value = { status: 'gave-up' };
      return true;
    });
  }

  static options(spec: AskSpec): PromptOptions {
    return { validations: spec };
  }

  /** Keeps the titles it offers under a key of its own in its instance state, for pendingChoiceTitles. */
  override async beginDialog(dc: DialogContext, options: PromptOptions): Promise<DialogTurnResult> {
    const spec = options.validations as AskSpec | undefined;
    const result = await super.beginDialog(dc, options);
    if (dc.activeDialog?.id === AnswerPrompt.id) dc.activeDialog.state[OFFERED] = (spec?.choices ?? []).map((c) => c.title);
    return result;
  }

  protected async onPrompt(context: TurnContext, state: object, options: PromptOptions, isRetry: boolean): Promise<void> {
    const spec = options.validations as AskSpec;
    const s = state as AskState;
    const t = textFor(context);
    const lead = isRetry && s.problem ? `${t.t(s.problem)}\n\n` : '';
    const text = `${lead}${spec.prompt}`;
    if (spec.choices && spec.choices.length > 0) {
      await context.sendActivity(choiceActivity(context, text, spec.choices.map((c) => c.title)));
    } else {
      await context.sendActivity(text);
    }
  }

  protected async onRecognize(context: TurnContext, state: object, options: PromptOptions): Promise<PromptRecognizerResult<Answer>> {
    const spec = options.validations as AskSpec;
    const s = state as AskState;
    const text = (context.activity.text ?? cardText(context.activity.value)).trim();
    // Called more than once a turn by the dialog system: it must not send or count anything.
    const parsed = this.parse(spec, text, textFor(context));
    if (parsed.ok) {
      delete s.problem;
      return { succeeded: true, value: parsed.value };
    }
    s.problem = parsed.problem as TextKey;
    return { succeeded: false };
  }

  private parse(spec: AskSpec, text: string, t: LocaleText): Parsed<Answer> {
    const answered = (value: string, extra: Partial<Answer> = {}): Parsed<Answer> => ({
      ok: true,
      value: { status: 'answered', value, text, ...extra } as Answer,
    });
    if (spec.kind !== 'optional-text' && text.length === 0) return { ok: false, problem: 'prompt.empty' };
    if (text.length > MAX_TEXT) return { ok: false, problem: 'prompt.tooLong' };
    switch (spec.kind) {
      case 'text':
      case 'optional-text':
        return answered(text);
      case 'name': {
        const p = parseName(text);
        return p.ok ? answered(p.value) : p;
      }
      case 'email': {
        const p = parseEmail(text);
        return p.ok ? answered(p.value) : p;
      }
      case 'phone': {
        const p = parseUkPhone(text);
        return p.ok ? answered(p.value) : p;
      }
      case 'contact': {
        const p = parseContact(text);
        return p.ok ? answered(p.value.value, { contactKind: p.value.kind }) : p;
      }
      case 'date': {
        const today = localMoment(new Date(), spec.timeZone ?? 'Europe/London').date;
        const p = parsePastDate(text, today, dateWords(t));
        return p.ok ? answered(p.value) : p;
      }
      case 'choice':
        return this.parseChoice(spec, text);
    }
  }

  private parseChoice(spec: AskSpec, text: string): Parsed<Answer> {
    const choices = spec.choices ?? [];
    const plain = normaliseWords(text);
    const exact = choices.find(
      (c) => normaliseWords(c.title) === plain || c.id === plain || (c.synonyms ?? []).some((s) => normaliseWords(s) === plain),
    );
    if (exact) return { ok: true, value: { status: 'answered', value: exact.id, text } };
    const found = recognizeChoices(
      text,
      choices.map((c) => ({ value: c.id, synonyms: [c.title, ...(c.synonyms ?? [])] })),
      { allowPartialMatches: false },
    );
    const best = found[0]?.resolution;
    const single = found.length === 1 || (found[1]?.resolution.index === best?.index);
    if (best && single && best.score >= 0.5) return { ok: true, value: { status: 'answered', value: best.value, text } };
    if (spec.freeTextId) return { ok: true, value: { status: 'answered', value: spec.freeTextId, text } };
    return { ok: false, problem: 'prompt.notAChoice' };
  }
}

/**
 * The button titles the resident is being offered right now, if the
 * innermost active dialog is one of our prompts. A press of one of them is
 * our own wording coming back, not the resident's words.
 */
export function pendingChoiceTitles(dc: DialogContext): string[] {
  let inner: DialogContext = dc;
  while (inner.child) inner = inner.child;
  const active = inner.activeDialog;
  if (active?.id !== AnswerPrompt.id) return [];
  const offered: unknown = active.state[OFFERED];
  return Array.isArray(offered) ? offered.filter((t): t is string => typeof t === 'string') : [];
}

/** Adaptive Card submits arrive as values, not text. */
function cardText(value: unknown): string {
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    for (const k of ['choice', 'text', 'answer']) if (typeof v[k] === 'string') return v[k] as string;
  }
  return typeof value === 'string' ? value : '';
}
