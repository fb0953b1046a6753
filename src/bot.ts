import { ActivityHandler, ActivityTypes } from 'botbuilder';
import type { TurnContext } from 'botbuilder';
import type { Activity, AdaptiveCardInvokeResponse, AdaptiveCardInvokeValue, BotState, ConversationState, StatePropertyAccessor } from 'botbuilder';
import { answerDisclosure } from './dialogs/disclosure-reply';
import { needingStaff } from './dialogs/journey-result';
import { DialogSet, DialogTurnStatus } from 'botbuilder-dialogs';
import type { DialogContext, DialogState } from 'botbuilder-dialogs';
import type { Logger } from 'pino';
import type { TranscriptEntry } from './domain/case-record';
import { isClosing, recogniseCommand, recogniseLanguageChoice } from './domain/intent';
import type { Command } from './domain/intent';
import type { RiskAssessment } from './domain/risk/risk-assessment';
import { levelRank } from './domain/risk/risk-assessment';
import { CONVERSATION_WINDOW } from './domain/risk/screen';
import { LOCALES } from './i18n/locale-text';
import { ConversationData, TRANSCRIPT_ENTRY_LIMIT, TRANSCRIPT_LIMIT } from './conversation-data';
import type { DialogDeps } from './dialogs/dialog-deps';
import { pendingChoiceTitles } from './dialogs/answer-prompt';
import { EnquiryDialog } from './journeys/enquiry/enquiry-dialog';
import { MainDialog, sendWelcome } from './dialogs/main-dialog';
import { staffWillSee } from './dialogs/service-lines';
import { textFor, useLanguage } from './dialogs/turn-text';
import { UrgentDialog } from './journeys/urgent/urgent-dialog';
import type { UrgentOptions } from './journeys/urgent/urgent-dialog';
import { HELD_ELSEWHERE } from './services/activity-dedupe';
import type { ActivityDedupe } from './services/activity-dedupe';
import type { RiskScreener, Screening } from './services/risk-screener';
import type { StaffDeskBot } from './staff/staff-desk-bot';
import type { Verdict } from './http/rate-limits';
import { boundText } from './domain/text-limit';
import { escapeMarkdown } from './domain/markdown';
import { teamOf } from './staff/staff-desk-bot';

/** How long ago a resident's message may be and still be read with the latest one. */
const CONTEXT_WINDOW_MS = 60 * 60 * 1000;

/** The resident's last few typed messages of the past hour, oldest first. */
function recentTyped(typed: readonly { at: string; text: string }[], now: number): string[] {
  return typed.filter((e) => now - Date.parse(e.at) <= CONTEXT_WINDOW_MS).slice(-CONVERSATION_WINDOW).map((e) => e.text);
}

/** Set on a turn answered without conversation state (Redis unreachable): nothing to save. */
const STATELESS = Symbol('stateless');

export interface BotOptions {
  readonly conversationState: ConversationState;
  readonly deps: DialogDeps;
  readonly risk: RiskScreener;
  readonly dedupe: ActivityDedupe;
  readonly log: Logger;
  /** The office's staff desk in Teams (STAFF_TENANT_ID): cards, queue, live chat. */
  readonly staff?: StaffDeskBot | null;
  /** The rate limit on messages per conversation and sender (shared by every instance). */
  readonly messageLimit?: (key: string) => Promise<Verdict>;
}

/** Words a resident sent in one activity: typed text, or the values of a card they submitted. */
export function residentWords(activity: Partial<Activity>): string {
  const parts: string[] = [];
  if (typeof activity.text === 'string') parts.push(activity.text);
  const walk = (v: unknown): void => {
    if (typeof v === 'string') parts.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(activity.value);
  return parts.join('\n').trim();
}

/**
 * Screens every message for risk before any dialog sees it, answers
 * disclosures at once, handles help/cancel/start again/talk to a person at
 * any point, and otherwise runs the dialogs.
 */
export class PccBot extends ActivityHandler {
  private readonly dialogs: DialogSet;
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly data: StatePropertyAccessor<ConversationData>;

  constructor(private readonly o: BotOptions) {
    super();
    this.dialogState = o.conversationState.createProperty<DialogState>('dialogState');
    this.data = o.conversationState.createProperty<ConversationData>('data');
    this.dialogs = new DialogSet(this.dialogState);
    this.dialogs.add(new MainDialog(o.deps));
    this.dialogs.add(new UrgentDialog(o.deps));
    this.dialogs.add(new EnquiryDialog(o.deps));

    this.onMembersAdded(async (context, next) => {
      // A team in Teams is where staff work, never a resident's conversation: no resident welcome there.
      if (teamOf(context.activity)) {
        const botId = context.activity.recipient?.id;
        if (o.staff && (context.activity.membersAdded ?? []).some((m) => m.id === botId)) await o.staff.onAddedToTeam(context);
        await next();
        return;
      }
      const botId = context.activity.recipient?.id;
      const residents = (context.activity.membersAdded ?? []).filter((m) => m.id !== botId);
      if (residents.length > 0) {
        // No locale from the channel: the office's first language.
        if (!context.activity.locale) useLanguage(context, o.deps.profile.locales[0] ?? 'en-GB');
        await sendWelcome(context, o.deps.profile);
      }
      await next();
    });

    this.onMessage(async (context, next) => {
      // Staff writing in their team's channel, a live chat thread or a personal chat about the queue
      // are not residents: no journey, no risk screen, no case.
      if (context.activity.channelId === 'msteams' && o.staff && (await o.staff.onStaffMessage(context))) {
        await next();
        return;
      }
      if (teamOf(context.activity)) await context.sendActivity(textFor(context).t('staff.notHere'));
      else await this.onResidentMessage(context);
      await next();
    });
  }

  /** A button on a case card in Teams (Action.Execute): only staff of the office's team may press it. */
  protected override async onAdaptiveCardInvoke(context: TurnContext, invoke: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    if (!this.o.staff) {
      this.o.log.warn({ user: context.activity.from?.id }, 'staff action refused: no staff desk configured');
      return { statusCode: 403, type: 'application/vnd.microsoft.error', value: { code: 'NoStaffDesk', message: "This card can only be used by the office's staff team." } as never };
    }
    return this.o.staff.onInvoke(context, invoke);
  }

  override async run(context: TurnContext): Promise<void> {
    let claimed: 'mine' | 'seen' | 'elsewhere' = 'mine';
    try {
      claimed = await this.o.dedupe.claim(context.activity);
    } catch {
      // Redis is away: answering a redelivery twice is better than not answering at all.
    }
    if (claimed === 'seen') {
      this.o.log.info({ activityId: context.activity.id, channel: context.activity.channelId }, 'redelivered activity ignored');
      return;
    }
    if (claimed === 'elsewhere') {
      // Another instance holds it: it may finish it, or it may have died mid-turn. Sent again once its
      // heartbeat has run out, it is either done (and dropped) or taken over here.
      context.turnState.set(HELD_ELSEWHERE, this.o.dedupe.retryAfterSeconds);
      this.o.log.info({ activityId: context.activity.id, channel: context.activity.channelId }, 'activity held by another instance: asked to send it again');
      return;
    }
    try {
      await super.run(context);
      if (!context.turnState.get(STATELESS)) await (this.o.conversationState as BotState).saveChanges(context, false);
      await this.o.dedupe.finish(context.activity).catch(() => undefined);
    } catch (err) {
      await this.o.dedupe.release(context.activity).catch(() => undefined);
      throw err;
    }
  }

  private trackBotMessages(context: TurnContext, data: ConversationData): void {
    context.onSendActivities(async (_ctx, activities, next) => {
      for (const a of activities) {
        if (a.type === ActivityTypes.Message && a.text) this.remember(data, 'bot', a.text);
      }
      return next();
    });
  }

  private remember(data: ConversationData, from: TranscriptEntry['from'], text: string): void {
    const transcript = (data.transcript ??= []);
    transcript.push({ from, at: new Date().toISOString(), text: text.slice(0, TRANSCRIPT_ENTRY_LIMIT) });
    if (transcript.length > TRANSCRIPT_LIMIT) transcript.splice(0, transcript.length - TRANSCRIPT_LIMIT);
  }

  private async screen(context: TurnContext, words: string, earlier: readonly string[] = [], alone?: Screening): Promise<Screening | null> {
    if (!words) return null;
    try {
      return await this.o.risk.screen(words, context.activity.locale ?? 'en-GB', earlier, alone);
    } catch (err) {
      this.o.log.error({ message: (err as Error).message }, 'risk screen failed');
      return null;
    }
  }

  /** When each conversation was last told to slow down (so it is told once, not on every message). */
  private readonly slowedUntil = new Map<string, number>();

  private async onResidentMessage(context: TurnContext): Promise<void> {
    // Nothing reads more than the limit of a message: the screen reads its start and its end.
    const bounded = boundText(residentWords(context.activity));
    if (bounded.cut && typeof context.activity.text === 'string') context.activity.text = boundText(context.activity.text).kept;
    const words = bounded.cut ? bounded.kept : bounded.screened;
    // Screened before anything that needs Redis, so a disclosure is answered even when state cannot be read.
    let risk = await this.screen(context, bounded.screened);
    // A flood from one conversation is slowed; a disclosure never is.
    if (this.o.messageLimit && (!risk || risk.level === 'none')) {
      const a = context.activity;
      const key = `${a.channelId}:${a.conversation?.id ?? ''}:${a.from?.id ?? ''}`;
      const verdict = await this.o.messageLimit(key);
      if (!verdict.allowed) {
        const until = this.slowedUntil.get(key) ?? 0;
        if (until < Date.now()) {
          this.slowedUntil.set(key, Date.now() + verdict.retryAfterSeconds * 1000);
          if (this.slowedUntil.size > 10_000) this.slowedUntil.clear();
          await context.sendActivity(textFor(context).t('prompt.slowDown'));
        }
        this.o.log.warn({ channel: a.channelId, retryAfter: verdict.retryAfterSeconds }, 'messages rate-limited');
        return;
      }
    }
    if (bounded.cut) {
      const end = bounded.kept.slice(-40).replace(/\s+/g, ' ').trim();
      await context.sendActivity(textFor(context).t('prompt.keptFirst', { end: escapeMarkdown(end) }));
    }
    let data: ConversationData;
    try {
      data = await this.data.get(context, {});
    } catch (err) {
      if (!risk || risk.level === 'none') throw err;
      this.o.log.error({ message: (err as Error).message }, 'conversation state unavailable: answering a disclosure without it');
      context.turnState.set(STATELESS, true);
      const transcript: TranscriptEntry[] = [{ from: 'resident', at: new Date().toISOString(), text: words.slice(0, TRANSCRIPT_ENTRY_LIMIT) }];
      this.o.deps.memory.attach(context, { transcript });
      await this.handleDisclosure(context, null, risk, words);
      return;
    }
    this.o.deps.memory.attach(context, data);
    this.trackBotMessages(context, data);
    this.settleLanguage(context, data, risk);
    const dc = await this.dialogs.createContext(context);
    // Our own button titles ("Domestic abuse", "No, it's not safe") are answers, not disclosures:
    // the journey that offered them deals with what they mean.
    const pressedButton = pendingChoiceTitles(dc).some((title) => title.trim().toLowerCase() === words.toLowerCase());
    // Read with the resident's last few typed messages too (never our own button titles): a disclosure may come in pieces.
    const earlier = recentTyped(data.typed ?? [], this.o.deps.now().getTime());
    if (risk && !pressedButton && earlier.length > 0 && risk.level !== 'emergency') {
      const together = await this.screen(context, words, earlier, risk);
      if (together && levelRank(together.level) > levelRank(risk.level)) risk = together;
    }
    if (words) this.remember(data, 'resident', words);
    if (words && !pressedButton) data.typed = [...(data.typed ?? []), { at: this.o.deps.now().toISOString(), text: words.slice(0, TRANSCRIPT_ENTRY_LIMIT) }].slice(-CONVERSATION_WINDOW);

    // In a live chat with a member of staff, the resident's words go to them; a disclosure is still answered at once.
    if (this.o.staff && !pressedButton && (await this.o.staff.relayFromResident(context, words, risk && risk.level !== 'none' ? risk : null))) {
      if (risk && risk.level !== 'none') await this.rememberResident(context, await answerDisclosure(context, this.o.deps, risk, words));
      return;
    }
    if (risk && risk.level !== 'none' && !pressedButton) {
      await this.handleDisclosure(context, dc, risk, words);
      return;
    }
    const language = recogniseLanguageChoice(words);
    if (language) {
      await this.switchLanguage(dc, data, language === 'cy' ? 'cy-GB' : 'en-GB');
      return;
    }
    const command = recogniseCommand(words, textFor(context).commandWords());
    if (command) {
      await this.runCommand(dc, command);
      return;
    }
    const result = await dc.continueDialog();
    const handedOver = result.status === DialogTurnStatus.complete ? needingStaff(result.result) : null;
    // A journey that found a disclosure (the support journey: "not safe") ends and hands it here, to the one path.
    if (handedOver) {
      await this.handleDisclosure(context, dc, handedOver.risk, handedOver.words);
      return;
    }
    if (result.status !== DialogTurnStatus.empty) return;
    if (isClosing(words, textFor(context).commandWords())) {
      await context.sendActivity(textFor(context).t('command.goodbye'));
      return;
    }
    await dc.beginDialog(MainDialog.id, { text: words });
  }

  /**
   * The conversation's language for this turn: the one chosen or read before; else, a message
   * in Welsh switches it to Welsh (unless the resident chose otherwise); else the channel's
   * locale, or the office's first language when the channel gives none.
   */
  private settleLanguage(context: TurnContext, data: ConversationData, risk: Screening | null): void {
    if (!data.languageChosen && risk?.language === 'cy' && LOCALES.includes('cy-GB')) data.language = 'cy-GB';
    if (data.language) useLanguage(context, data.language);
    else if (!context.activity.locale) useLanguage(context, this.o.deps.profile.locales[0] ?? 'en-GB');
  }

  /** "Cymraeg" / "English", typed or pressed: the rest of the conversation is in that language. */
  private async switchLanguage(dc: DialogContext, data: ConversationData, locale: string): Promise<void> {
    data.language = locale;
    data.languageChosen = true;
    const t = useLanguage(dc.context, locale);
    this.o.log.info({ locale: t.locale }, 'conversation language chosen');
    if (!dc.activeDialog) {
      await sendWelcome(dc.context, this.o.deps.profile);
      return;
    }
    await dc.context.sendActivity(t.t('language.switched'));
    await dc.repromptDialog();
  }

  private async rememberResident(context: TurnContext, reference: string): Promise<void> {
    await this.o.deps.rememberResident?.(context, reference);
  }

  /** Answers the disclosure, then asks about safe contact; the interrupted journey waits underneath. */
  private async handleDisclosure(context: TurnContext, dc: DialogContext | null, risk: RiskAssessment, words: string): Promise<void> {
    const reference = await answerDisclosure(context, this.o.deps, risk, words);
    await this.rememberResident(context, reference);
    if (!dc) {
      await context.sendActivity(textFor(context).t('handoff.degraded'));
      return;
    }
    // In a language we cannot read, English questions about safe contact would only confuse: staff take it from here.
    if (risk.unread) return;
    if (dc.activeDialog?.id === UrgentDialog.id) {
      await dc.repromptDialog();
      return;
    }
    await dc.beginDialog(UrgentDialog.id, { reference, interrupted: dc.stack.length > 0 } satisfies UrgentOptions);
  }

  private async runCommand(dc: DialogContext, command: Command): Promise<void> {
    const t = textFor(dc.context);
    const p = this.o.deps.profile;
    switch (command) {
      case 'help':
        await dc.context.sendActivity(t.t('command.help'));
        if (dc.activeDialog) await dc.repromptDialog();
        else await dc.beginDialog(MainDialog.id, {});
        return;
      case 'cancel':
        await dc.cancelAllDialogs();
        await dc.context.sendActivity(t.t('command.cancelled'));
        return;
      case 'restart':
        await dc.cancelAllDialogs();
        await dc.beginDialog(MainDialog.id, {});
        return;
      case 'human': {
        const seen = staffWillSee(t, p, this.o.deps.now());
        await dc.cancelAllDialogs();
        await dc.context.sendActivity(
          t.t('command.human', { phone: p.contact.phone, email: p.contact.email, open: seen.open ? t.t('enquiry.officeOpen') : t.t('enquiry.officeClosed', { when: seen.when }) }),
        );
        await dc.beginDialog(EnquiryDialog.id, { leaveMessage: true });
        return;
      }
    }
  }
}
