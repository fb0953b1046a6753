import { ActivityHandler, ActivityTypes, TeamsInfo, TurnContext } from 'botbuilder';
import type { Activity, AdaptiveCardInvokeResponse, AdaptiveCardInvokeValue, BotState, CloudAdapter, ConversationState, StatePropertyAccessor } from 'botbuilder';
import { answerDisclosure } from './dialogs/disclosure-reply';
import { needingStaff } from './dialogs/journey-result';
import { DialogSet, DialogTurnStatus } from 'botbuilder-dialogs';
import type { DialogContext, DialogState } from 'botbuilder-dialogs';
import type { Logger } from 'pino';
import type { TranscriptEntry } from './domain/case-record';
import { isClosing, recogniseCommand } from './domain/intent';
import type { Command } from './domain/intent';
import type { RiskAssessment } from './domain/risk/risk-assessment';
import { levelRank } from './domain/risk/risk-assessment';
import { CONVERSATION_WINDOW } from './domain/risk/screen';
import { ConversationData, TRANSCRIPT_ENTRY_LIMIT, TRANSCRIPT_LIMIT } from './conversation-data';
import type { DialogDeps } from './dialogs/dialog-deps';
import { pendingChoiceTitles } from './dialogs/answer-prompt';
import { EnquiryDialog } from './journeys/enquiry/enquiry-dialog';
import { MainDialog, sendWelcome } from './dialogs/main-dialog';
import { staffWillSee } from './dialogs/service-lines';
import { textFor } from './dialogs/turn-text';
import { UrgentDialog } from './journeys/urgent/urgent-dialog';
import type { UrgentOptions } from './journeys/urgent/urgent-dialog';
import type { ActivityDedupe } from './services/activity-dedupe';
import type { Acknowledgements } from './services/acknowledgements';
import type { ResidentConversations } from './services/resident-conversations';
import { ACKNOWLEDGE, urgentCard } from './services/staff-channel';
import type { StaffChannelRegistry } from './services/staff-channel-registry';
import { REFERENCE_PATTERN } from './domain/reference';
import type { CaseEvent, CaseRecord } from './domain/case-record';
import type { RiskScreener, Screening } from './services/risk-screener';

/** How long ago a resident's message may be and still be read with the latest one. */
const CONTEXT_WINDOW_MS = 60 * 60 * 1000;

/** The resident's last few typed messages of the past hour, oldest first. */
function recentTyped(typed: readonly { at: string; text: string }[], now: number): string[] {
  return typed.filter((e) => now - Date.parse(e.at) <= CONTEXT_WINDOW_MS).slice(-CONVERSATION_WINDOW).map((e) => e.text);
}

/** The Teams team an activity comes from, if any (channelData.team.id). */
function teamOf(activity: Partial<Activity>): string | null {
  if (activity.channelId !== 'msteams') return null;
  const id = (activity.channelData as { team?: { id?: unknown } } | undefined)?.team?.id;
  return typeof id === 'string' && id.length > 0 ? id : null;
}

/**
 * The member's name if they are in the team, asked of Teams by their Teams id or, failing that,
 * their Entra id; null when Teams says they are not; 'unavailable' when Teams could not say.
 */
async function staffName(context: TurnContext, team: string, ids: readonly (string | undefined)[]): Promise<string | null | 'unavailable'> {
  for (const id of ids) {
    if (!id) continue;
    try {
      return (await TeamsInfo.getTeamMember(context, team, id)).name ?? 'a member of staff';
    } catch (err) {
      // 404: not a member under this id. Anything else: Teams did not answer, which says nothing about them.
      if ((err as { statusCode?: unknown }).statusCode !== 404) return 'unavailable';
    }
  }
  return null;
}

function tenantOf(activity: Partial<Activity>): string | null {
  const id = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id ?? activity.conversation?.tenantId;
  return typeof id === 'string' ? id : null;
}

/** Set on a turn answered without conversation state (Redis unreachable): nothing to save. */
const STATELESS = Symbol('stateless');

export interface BotOptions {
  readonly conversationState: ConversationState;
  readonly deps: DialogDeps;
  readonly risk: RiskScreener;
  readonly dedupe: ActivityDedupe;
  readonly log: Logger;
  /** Where the office's staff work (STAFF_TENANT_ID): adding the bot to one of its teams registers that channel. */
  readonly staff?: StaffDesk | null;
}

/** What the bot needs to let staff act on urgent cards from Teams. */
export interface StaffDesk {
  /** Only activities from this tenant register a channel or act on a case. */
  readonly tenantId: string;
  readonly registry: StaffChannelRegistry;
  readonly acknowledgements: Acknowledgements;
  readonly cases: {
    get(reference: string): Promise<CaseRecord | null>;
    /** Keeps what staff did with the case in its record's `events`; the index, or null if the case is gone. */
    appendEvent(reference: string, event: CaseEvent): Promise<number | null>;
  };
  /** Queues the threaded status e-mail for one of the record's events. */
  readonly mailStatus: (reference: string, eventIndex: number) => Promise<void>;
  /** Where each urgent case's resident can still be reached, to tell them staff have seen it. */
  readonly residents: ResidentConversations;
  /** The bot's app id, for messages it starts itself. */
  readonly appId: string;
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
        await this.onAddedToTeam(context);
        await next();
        return;
      }
      const botId = context.activity.recipient?.id;
      const residents = (context.activity.membersAdded ?? []).filter((m) => m.id !== botId);
      if (residents.length > 0) {
        const p = o.deps.profile;
        await sendWelcome(context, p.name, p.links.reportCrime, p.links.privacy);
      }
      await next();
    });

    this.onMessage(async (context, next) => {
      // Staff writing in their team's channel are not residents: no journey, no risk screen, no case.
      if (teamOf(context.activity)) await context.sendActivity(textFor(context).t('staff.notHere'));
      else await this.onResidentMessage(context);
      await next();
    });
  }

  /** The bot joined a team: if it is the office's, its channel becomes the staff channel. */
  private async onAddedToTeam(context: TurnContext): Promise<void> {
    const a = context.activity;
    const botId = a.recipient?.id;
    if (!(a.membersAdded ?? []).some((m) => m.id === botId)) return;
    const team = teamOf(a) ?? '';
    const tenant = tenantOf(a);
    const staff = this.o.staff;
    if (!staff || tenant === null || tenant !== staff.tenantId) {
      // Ids only: which team tried, never who is in it.
      this.o.log.warn({ team, tenant }, 'added to a team that is not the office\'s: nothing registered');
      return;
    }
    await staff.registry.register({ serviceUrl: a.serviceUrl, conversationId: a.conversation.id, teamId: team, tenantId: tenant, registeredAt: this.o.deps.now().toISOString() });
    this.o.log.info({ team, conversation: a.conversation.id }, 'staff channel registered');
    await context.sendActivity(textFor(context).t('staff.welcome', { office: this.o.deps.profile.name }));
  }

  /** A button on a card in the staff channel (Action.Execute): only staff of the office's team may press it. */
  protected override async onAdaptiveCardInvoke(context: TurnContext, invoke: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const a = context.activity;
    const staff = this.o.staff;
    const refuse = (why: string, code: string, statusCode = 403): AdaptiveCardInvokeResponse => {
      this.o.log.warn({ verb: invoke.action?.verb, code, user: a.from?.id, tenant: tenantOf(a) }, 'staff action refused');
      return { statusCode, type: 'application/vnd.microsoft.error', value: { code, message: why } as never };
    };
    if (!staff || tenantOf(a) !== staff.tenantId) return refuse('This card can only be used by the office\'s staff team.', 'WrongTenant');
    const action = invoke.action as { verb?: unknown; data?: unknown } | undefined;
    if (action?.verb !== ACKNOWLEDGE) return refuse('That action is not known.', 'UnknownAction');
    const reference = (action.data as { reference?: unknown } | undefined)?.reference;
    const record = typeof reference === 'string' && REFERENCE_PATTERN.test(reference) ? await staff.cases.get(reference) : null;
    if (!record || record.kind !== 'urgent') return refuse('There is no urgent case with that reference.', 'UnknownCase');
    const team = (await staff.registry.get())?.teamId ?? teamOf(a);
    const userId = a.from?.id ?? '';
    const name = team && userId ? await staffName(context, team, [userId, a.from?.aadObjectId]) : null;
    if (name === 'unavailable') return refuse('Teams could not confirm that you are in the staff team just now. Please press again.', 'StaffCheckUnavailable', 503);
    if (name === null) return refuse('Only members of the staff team can acknowledge a case.', 'NotStaff');
    const at = this.o.deps.now().toISOString();
    const { first, holding } = await staff.acknowledgements.acknowledge(record.reference, { by: { id: userId, name }, at });
    if (first) {
      this.o.log.warn({ reference: record.reference, user: userId }, 'urgent case acknowledged');
      const index = await staff.cases.appendEvent(record.reference, { at, action: 'acknowledged', by: { id: userId, name } });
      if (index !== null) await staff.mailStatus(record.reference, index);
      await this.tellResidentSeen(context, staff, record.reference);
    }
    const heading = first ? `ACKNOWLEDGED: ${record.reference}` : `ALREADY ACKNOWLEDGED: ${record.reference}`;
    const card = urgentCard(record, heading, { by: holding.by.name, at: holding.at });
    return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card as never };
  }

  /** The resident is told, where their conversation can still be reached, that a member of staff has seen it. */
  private async tellResidentSeen(context: TurnContext, staff: StaffDesk, reference: string): Promise<void> {
    try {
      const where = await staff.residents.find(reference);
      if (!where) return;
      const adapter = context.adapter as CloudAdapter;
      await adapter.continueConversationAsync(staff.appId, where, async (resident) => {
        await resident.sendActivity(textFor(resident).t('staff.seen', { reference }));
      });
    } catch (err) {
      // Their page may be closed: the acknowledgement stands either way.
      this.o.log.warn({ reference, message: (err as Error).message }, 'could not tell the resident their case was seen');
    }
  }

  override async run(context: TurnContext): Promise<void> {
    let claimed = true;
    try {
      claimed = await this.o.dedupe.claim(context.activity);
    } catch {
      // Redis is away: answering a redelivery twice is better than not answering at all.
    }
    if (!claimed) {
      this.o.log.info({ activityId: context.activity.id, channel: context.activity.channelId }, 'redelivered activity ignored');
      return;
    }
    try {
      await super.run(context);
      if (!context.turnState.get(STATELESS)) await (this.o.conversationState as BotState).saveChanges(context, false);
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

  private async onResidentMessage(context: TurnContext): Promise<void> {
    const words = residentWords(context.activity);
    // Screened before anything that needs Redis, so a disclosure is answered even when state cannot be read.
    let risk = await this.screen(context, words);
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

    if (risk && risk.level !== 'none' && !pressedButton) {
      await this.handleDisclosure(context, dc, risk, words);
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

  /** Answers the disclosure, then asks about safe contact; the interrupted journey waits underneath. */
  private async handleDisclosure(context: TurnContext, dc: DialogContext | null, risk: RiskAssessment, words: string): Promise<void> {
    const reference = await answerDisclosure(context, this.o.deps, risk, words);
    if (this.o.staff) {
      await this.o.staff.residents.remember(reference, TurnContext.getConversationReference(context.activity)).catch((err: Error) => {
        this.o.log.warn({ reference, message: err.message }, 'could not keep where to reach the resident');
      });
    }
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
