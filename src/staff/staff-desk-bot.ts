import { CardFactory, EventFactory, MessageFactory, TeamsInfo, TurnContext } from 'botbuilder';
import type { Activity, AdaptiveCardInvokeResponse, AdaptiveCardInvokeValue, CloudAdapter, ConversationReference } from 'botbuilder';
import type { Logger } from 'pino';
import type { CaseEvent, CaseRecord } from '../domain/case-record';
import type { OfficeProfile } from '../domain/office-profile';
import { REFERENCE_PATTERN } from '../domain/reference';
import { ackDeadlineSeconds, decide, deadlineOf, deskState, firstName, OUTCOMES, readQueueQuery } from '../domain/staff-desk';
import type { DeskAction, Outcome, Person, QueueQuery } from '../domain/staff-desk';
import { textFor } from '../dialogs/turn-text';
import type { CaseStore } from '../services/case-store';
import type { PersonalDataRedactor } from '../services/personal-data';
import type { ResidentConversations } from '../services/resident-conversations';
import type { StaffChannel } from '../services/staff-channel';
import { teamsReference } from '../services/staff-channel';
import { continueConversation } from '../services/proactive';
import type { StaffChannelRegistry } from '../services/staff-channel-registry';
import type { Relay, StaffDeskStore } from '../services/staff-desk-store';
import { CARD_VERBS, caseCard, cardSummary, VERBS } from './case-card';

/** Whether a resident reached through the bot's own web chat is still there; `unknown` elsewhere. */
export type ResidentPresence = (reference: Partial<ConversationReference>) => 'here' | 'away' | 'gone' | 'unknown';

/** What the staff desk works with. */
export interface StaffDeskParts {
  /** Only activities from this tenant register a channel or act on a case. */
  readonly tenantId: string;
  readonly registry: StaffChannelRegistry;
  readonly cases: Pick<CaseStore, 'get' | 'transition'>;
  readonly desk: StaffDeskStore;
  /** To update a case's cards in place for everyone after an action; null with no channel. */
  readonly channel: StaffChannel | null;
  /** Queues the threaded status e-mail for one of the record's events. */
  readonly mailStatus: (record: CaseRecord, eventIndex: number) => Promise<void>;
  /** Where each case's resident can still be reached. */
  readonly residents: ResidentConversations;
  readonly presence: ResidentPresence;
  /** Takes personal data out of what the cards show. */
  readonly redactor: PersonalDataRedactor;
  readonly profile: OfficeProfile;
  /** URGENT_ACK_DEADLINE_S, if set. */
  readonly ackOverride: number | null;
  /** The bot's app id, for messages it starts itself. */
  readonly appId: string;
  readonly now: () => Date;
  readonly log: Logger;
}

type InvokeResponse = AdaptiveCardInvokeResponse;

/** Renders a case's card as of now, for one person or (viewer null) for everyone. */
export function cardRenderer(o: Pick<StaffDeskParts, 'profile' | 'ackOverride' | 'residents' | 'now' | 'redactor'>) {
  // A card is drawn again on every action and refresh: what the resident wrote is redacted once per version of it.
  const cache = new Map<string, { details: string; reasons: string[] }>();
  const redactOnce = async (record: CaseRecord, shown: string): Promise<{ details: string; reasons: string[] }> => {
    const key = `${record.reference}|${shown.length}|${record.risk.reasons.length}|${record.details.length}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const done = { details: await o.redactor.redact(shown, record.locale), reasons: await Promise.all(record.risk.reasons.map((r) => o.redactor.redact(r, record.locale))) };
    cache.set(key, done);
    if (cache.size > 500) cache.delete(cache.keys().next().value as string);
    return done;
  };
  return async (record: CaseRecord, viewer: Person | null, extra: { heading?: string; notice?: string } = {}): Promise<Record<string, unknown>> => {
    const reachable = (await o.residents.find(record.reference).catch(() => null)) !== null;
    // Personal data out of what Teams shows (the mailbox keeps the full record).
    const shown = o.profile.staffDesk.residentWords === 'none' ? null : record.details.slice(0, o.profile.staffDesk.residentWords === 'full' ? 10_000 : o.profile.staffDesk.extractLength * 2);
    const redacted = shown === null ? undefined : await redactOnce(record, shown);
    return caseCard({
      record,
      profile: o.profile,
      now: o.now(),
      ackSeconds: ackDeadlineSeconds(o.profile, o.ackOverride, new Date(Date.parse(record.receivedAt))),
      viewer,
      residentReachable: reachable,
      ...(redacted ? { redacted } : {}),
      ...extra,
    });
  };
}

/** How long a positive team-membership answer is trusted for listings and chat (actions always ask again). */
const MEMBER_CACHE_MS = 60_000;
/** How many cases a listing shows at most. */
const LIST_LIMIT = 10;

export function teamOf(activity: Partial<Activity>): string | null {
  if (activity.channelId !== 'msteams') return null;
  const id = (activity.channelData as { team?: { id?: unknown } } | undefined)?.team?.id;
  return typeof id === 'string' && id.length > 0 ? id : null;
}

export function tenantOf(activity: Partial<Activity>): string | null {
  const id = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id ?? activity.conversation?.tenantId;
  return typeof id === 'string' ? id : null;
}

/** The conversation a message or invoke came from, without a reply thread's `;messageid=…`. */
function channelOf(conversationId: string): string {
  return conversationId.split(';')[0] ?? conversationId;
}

function outcomeOf(value: unknown): Outcome | null {
  return typeof value === 'string' && (OUTCOMES as readonly string[]).includes(value) ? (value as Outcome) : null;
}

/**
 * The office's working queue in Teams: case cards and what staff do on them, queue listings, and
 * live chat between a member of staff and a resident. Only members of the registered team act.
 */
export class StaffDeskBot {
  private readonly members = new Map<string, { name: string; until: number }>();
  private readonly cards: ReturnType<typeof cardRenderer>;

  constructor(private readonly o: StaffDeskParts) {
    this.cards = cardRenderer(o);
  }

  isOfficeTenant(activity: Partial<Activity>): boolean {
    return tenantOf(activity) === this.o.tenantId;
  }

  /** The bot joined a team: if it is the office's, its channel becomes the staff channel. */
  async onAddedToTeam(context: TurnContext): Promise<void> {
    const a = context.activity;
    const team = teamOf(a) ?? '';
    const tenant = tenantOf(a);
    if (tenant === null || tenant !== this.o.tenantId) {
      // Ids only: which team tried, never who is in it.
      this.o.log.warn({ team, tenant }, "added to a team that is not the office's: nothing registered");
      return;
    }
    await this.o.registry.register({ serviceUrl: a.serviceUrl, conversationId: channelOf(a.conversation.id), teamId: team, tenantId: tenant, registeredAt: this.o.now().toISOString() });
    this.o.log.info({ team, conversation: a.conversation.id }, 'staff channel registered');
    await context.sendActivity(textFor(context).t('staff.welcome', { office: this.o.profile.name }));
  }

  /**
   * The member's name if they are in the office's team, asked of Teams by their Teams id or, failing
   * that, their Entra id; null when Teams says they are not; 'unavailable' when Teams could not say.
   */
  private async staffName(context: TurnContext, useCache: boolean): Promise<string | null | 'unavailable'> {
    const a = context.activity;
    const userId = a.from?.id ?? '';
    const cached = this.members.get(userId);
    if (useCache && cached && cached.until > Date.now()) return cached.name;
    const team = (await this.o.registry.get())?.teamId ?? teamOf(a);
    if (!team || !userId) return null;
    for (const id of [userId, a.from?.aadObjectId]) {
      if (!id) continue;
      try {
        const name = (await TeamsInfo.getTeamMember(context, team, id)).name ?? 'A member of staff';
        this.members.set(userId, { name, until: Date.now() + MEMBER_CACHE_MS });
        return name;
      } catch (err) {
        // 404: not a member under this id. Anything else: Teams did not answer, which says nothing about them.
        if ((err as { statusCode?: unknown }).statusCode !== 404) return 'unavailable';
      }
    }
    this.members.delete(userId);
    return null;
  }

  private refuse(context: TurnContext, verb: unknown, code: string, why: string, statusCode = 403): InvokeResponse {
    const a = context.activity;
    this.o.log.warn({ verb: typeof verb === 'string' ? verb.slice(0, 40) : null, code, user: a.from?.id, tenant: tenantOf(a) }, 'staff action refused');
    return { statusCode, type: 'application/vnd.microsoft.error', value: { code, message: why } as never };
  }

  private render(record: CaseRecord, viewer: Person | null, extra: { heading?: string; notice?: string } = {}): Promise<Record<string, unknown>> {
    return this.cards(record, viewer, extra);
  }

  private card(value: Record<string, unknown>): InvokeResponse {
    return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: value as never };
  }

  /** A button on a case card (Action.Execute), or Teams asking for a person's own view of it (refresh). */
  async onInvoke(context: TurnContext, invoke: AdaptiveCardInvokeValue): Promise<InvokeResponse> {
    const a = context.activity;
    const action = invoke.action as { verb?: unknown; data?: unknown } | undefined;
    const verb = action?.verb;
    if (!this.isOfficeTenant(a)) return this.refuse(context, verb, 'WrongTenant', "This card can only be used by the office's staff team.");
    if (typeof verb !== 'string' || !CARD_VERBS.has(verb)) return this.refuse(context, verb, 'UnknownAction', 'That action is not known.');
    const data = (action?.data && typeof action.data === 'object' ? action.data : {}) as Record<string, unknown>;
    const reference = data['reference'];
    const record = typeof reference === 'string' && REFERENCE_PATTERN.test(reference) ? await this.o.cases.get(reference) : null;
    if (!record) return this.refuse(context, verb, 'UnknownCase', 'There is no case with that reference.');
    if (verb === VERBS.acknowledge && record.kind !== 'urgent') return this.refuse(context, verb, 'UnknownCase', 'There is no urgent case with that reference.');
    const name = await this.staffName(context, false);
    if (name === 'unavailable') return this.refuse(context, verb, 'StaffCheckUnavailable', 'Teams could not confirm that you are in the staff team just now. Please press again.', 503);
    if (name === null) return this.refuse(context, verb, 'NotStaff', 'Only members of the staff team can act on a case.');
    const actor: Person = { id: a.from.id, name };
    const seen = typeof data['v'] === 'number' && Number.isInteger(data['v']) ? data['v'] : null;

    switch (verb) {
      case VERBS.refresh:
        return this.card(await this.render(record, actor));
      case VERBS.relay:
        return this.startRelay(context, record, actor);
      case VERBS.endRelay:
        return this.endRelayFromCard(context, record, actor);
      case VERBS.callback:
        return this.apply(context, record, actor, null, (r) => {
          const s = deskState(r);
          if (s.status === 'resolved') return { refused: 'This case is resolved.' };
          return { events: [{ at: this.o.now().toISOString(), action: 'callback-requested', by: actor }] };
        });
    }
    const deskAction = this.deskAction(verb, data);
    if (!deskAction) return this.card(await this.render(record, actor, { notice: 'Choose an outcome before resolving the case. Nothing was changed.' }));
    return this.apply(context, record, actor, deskAction, (r) => {
      const d = decide(r, deskAction, actor, this.o.now().toISOString(), seen);
      return d.ok ? { events: d.events } : { refused: d.reason, code: d.code };
    });
  }

  private deskAction(verb: string, data: Record<string, unknown>): DeskAction | null {
    switch (verb) {
      case VERBS.claim:
        return { verb: 'claim' };
      case VERBS.release:
        return { verb: 'release' };
      case VERBS.acknowledge:
        return { verb: 'acknowledge' };
      case VERBS.reopen:
        return { verb: 'reopen' };
      case VERBS.note:
        return { verb: 'note', note: typeof data['note'] === 'string' ? data['note'] : '' };
      case VERBS.resolve: {
        const outcome = outcomeOf(data['outcome']);
        if (!outcome) return null;
        return { verb: 'resolve', outcome, ...(typeof data['resolveNote'] === 'string' ? { note: data['resolveNote'] } : {}) };
      }
      default:
        return null;
    }
  }

  /** Decides on the case as it is now and records the events, atomically; then mails, queues and updates the cards. */
  private async apply(
    context: TurnContext,
    record: CaseRecord,
    actor: Person,
    action: DeskAction | null,
    decideOn: (r: CaseRecord) => { events: readonly CaseEvent[] } | { refused: string; code?: string },
  ): Promise<InvokeResponse> {
    const verb = action?.verb ?? 'callback';
    const done = await this.o.cases.transition(record.reference, (r) => {
      const d = decideOn(r);
      return 'events' in d ? d : { refused: d };
    });
    if (!done) return this.refuse(context, verb, 'UnknownCase', 'There is no case with that reference.');
    if ('refused' in done) {
      const { refused } = done;
      this.o.log.info({ reference: record.reference, verb, code: refused.code ?? 'Refused', user: actor.id }, 'staff action not taken');
      const s = deskState(done.record);
      const heading = refused.code === 'AlreadyAcknowledged' && s.acknowledged ? `ALREADY ACKNOWLEDGED: ${record.reference}` : undefined;
      return this.card(await this.render(done.record, actor, { notice: refused.refused, ...(heading ? { heading } : {}) }));
    }
    const updated = done.record;
    this.o.log.info({ reference: updated.reference, verb, user: actor.id }, 'staff action recorded');
    for (const index of done.indexes) await this.o.mailStatus(updated, index);
    const s = deskState(updated);
    if (s.status === 'resolved') await this.o.desk.close(updated.reference);
    else await this.o.desk.open(updated);
    if (verb === 'acknowledge') await this.tellResident(context, updated.reference, (t) => t.t('staff.seen', { reference: updated.reference }));
    await this.refreshCards(updated);
    const heading = verb === 'acknowledge' ? `ACKNOWLEDGED: ${updated.reference}` : undefined;
    const notice = verb === 'callback' ? 'Call-back task created: the office mailbox has it in this case\'s thread.' : undefined;
    return this.card(await this.render(updated, actor, { ...(heading ? { heading } : {}), ...(notice ? { notice } : {}) }));
  }

  private async refreshCards(record: CaseRecord): Promise<void> {
    try {
      await this.o.channel?.refresh(record);
    } catch (err) {
      // The presser's card is updated by the invoke response; the others catch up on their next refresh.
      this.o.log.warn({ reference: record.reference, message: (err as Error).message }, 'could not update the case cards in place');
    }
  }

  /** Tells the resident something in their conversation, where it can still be reached; false if it could not. */
  private async tellResident(context: TurnContext, reference: string, say: (t: ReturnType<typeof textFor>) => string, where?: Partial<ConversationReference>): Promise<boolean> {
    try {
      const to = where ?? (await this.o.residents.find(reference));
      if (!to) return false;
      await continueConversation(context.adapter as CloudAdapter, this.o.appId, to, async (resident) => {
        await resident.sendActivity(say(textFor(resident)));
      });
      return true;
    } catch (err) {
      // Their page may be closed.
      this.o.log.warn({ reference, message: (err as Error).message }, 'could not reach the resident');
      return false;
    }
  }

  // ---- Live chat with the resident ----

  private async startRelay(context: TurnContext, record: CaseRecord, actor: Person): Promise<InvokeResponse> {
    const a = context.activity;
    const s = deskState(record);
    const view = async (notice: string, r = record): Promise<InvokeResponse> => this.card(await this.render(r, actor, { notice }));
    if (s.status === 'resolved') return view('This case is resolved. Reopen it to chat with the resident.');
    if (s.holder?.id !== actor.id) return view(s.holder ? `${s.holder.name} holds this case: only they can chat with the resident.` : 'Claim the case first, then chat with the resident.');
    if (s.relay) return view(`${s.relay.name} is already chatting with the resident.`);
    const resident = await this.o.residents.find(record.reference);
    const presence = resident ? this.o.presence(resident) : 'gone';
    if (!resident || presence === 'away' || presence === 'gone') return this.residentLeft(record, actor);
    const personal = a.conversation?.conversationType === 'personal';
    const root = a.replyToId ?? (await this.o.desk.cards(record.reference)).at(-1)?.activityId ?? '';
    const thread = personal ? a.conversation.id : `${channelOf(a.conversation.id)};messageid=${root}`;
    const relay: Relay = {
      reference: record.reference,
      staff: actor,
      thread: { serviceUrl: a.serviceUrl, conversationId: thread, tenantId: tenantOf(a) },
      resident: resident as Record<string, unknown>,
      residentConversationId: resident.conversation?.id ?? '',
      startedAt: this.o.now().toISOString(),
    };
    const { started } = await this.o.desk.startRelay(relay);
    if (!started) return view('Someone is already chatting with the resident.');
    // handoff.status "accepted", then a line the resident reads: a member of staff, first name only, has joined.
    const reached = await this.toResident(context, relay, (rc, t) => [
      EventFactory.createHandoffStatus(rc.activity.conversation, 'accepted'),
      MessageFactory.text(t.t('staff.joined', { name: firstName(actor.name), reference: record.reference })),
    ]);
    if (!reached) {
      await this.o.desk.endRelay(record.reference);
      return this.residentLeft(record, actor);
    }
    const done = await this.o.cases.transition(record.reference, () => ({ events: [{ at: relay.startedAt, action: 'relay-started', by: actor }] }));
    if (done && 'indexes' in done) {
      for (const i of done.indexes) await this.o.mailStatus(done.record, i);
      await this.refreshCards(done.record);
    }
    this.o.log.info({ reference: record.reference, user: actor.id }, 'live chat with the resident started');
    await this.toThread(context, relay, `You are now chatting with the resident of ${record.reference}. What you write in this thread reaches them; what they write appears here. Write "end chat" to finish and hand them back to the bot.`);
    return this.card(await this.render(done && 'indexes' in done ? done.record : record, actor, { notice: 'Live chat started: write in this card\'s reply thread.' }));
  }

  /** The resident is not there: nothing was sent to them; offer a call-back task instead. */
  private async residentLeft(record: CaseRecord, actor: Person): Promise<InvokeResponse> {
    this.o.log.info({ reference: record.reference, user: actor.id }, 'live chat not started: the resident has left');
    const card = await this.render(record, actor, {
      notice: record.contact
        ? "The resident has left the chat, so a live chat cannot start. Create a call-back task instead: the office mailbox has their contact details."
        : 'The resident has left the chat and gave no contact details, so they cannot be called back. Their reference is all they have: they may get in touch again.',
    });
    if (record.contact && record.contact.safeToContact !== false) {
      const actions = (card['actions'] as Record<string, unknown>[]) ?? [];
      card['actions'] = [{ type: 'Action.Execute', title: 'Create a call-back task', verb: VERBS.callback, style: 'positive', data: { reference: record.reference, v: deskState(record).version } }, ...actions];
    }
    return this.card(card);
  }

  private async endRelayFromCard(context: TurnContext, record: CaseRecord, actor: Person): Promise<InvokeResponse> {
    const relay = await this.o.desk.relay(record.reference);
    if (!relay) return this.card(await this.render(record, actor, { notice: 'There is no live chat on this case.' }));
    const ended = await this.endRelay(context, relay, 'ended-by-staff');
    return this.card(await this.render(ended ?? record, actor, { notice: 'Live chat ended: the resident is back with the bot.' }));
  }

  /** Ends a live chat: handoff.status "completed" to the resident, the transcript into the case. */
  private async endRelay(context: TurnContext, relay: Relay, reason: 'ended-by-staff' | 'resident-left'): Promise<CaseRecord | null> {
    const ended = await this.o.desk.endRelay(relay.reference);
    if (!ended) return null;
    if (reason === 'ended-by-staff') {
      await this.toResident(context, relay, (rc, t) => [
        EventFactory.createHandoffStatus(rc.activity.conversation, 'completed'),
        MessageFactory.text(t.t('staff.left', { name: firstName(relay.staff.name) })),
      ]);
    }
    const transcript = ended.transcript.map((e) => ({ from: e.from, at: e.at, text: e.text.slice(0, 10_000) }));
    const done = await this.o.cases.transition(relay.reference, () => ({
      events: [{ at: this.o.now().toISOString(), action: 'relay-ended', by: relay.staff, reason, ...(transcript.length ? { transcript } : {}) }],
    }));
    this.o.log.info({ reference: relay.reference, reason, messages: transcript.length }, 'live chat with the resident ended');
    if (!done || !('indexes' in done)) return null;
    for (const i of done.indexes) await this.o.mailStatus(done.record, i);
    await this.refreshCards(done.record);
    return done.record;
  }

  private async toResident(context: TurnContext, relay: Relay, build: (rc: TurnContext, t: ReturnType<typeof textFor>) => Partial<Activity>[]): Promise<boolean> {
    try {
      await continueConversation(context.adapter as CloudAdapter, this.o.appId, relay.resident as Partial<ConversationReference>, async (rc) => {
        await rc.sendActivities(build(rc, textFor(rc)));
      });
      return true;
    } catch (err) {
      this.o.log.warn({ reference: relay.reference, message: (err as Error).message }, 'could not reach the resident in a live chat');
      return false;
    }
  }

  private async toThread(context: TurnContext, relay: Relay, text: string): Promise<boolean> {
    try {
      await continueConversation(context.adapter as CloudAdapter, this.o.appId, teamsReference(this.o.appId, relay.thread), async (tc) => {
        await tc.sendActivity(MessageFactory.text(text));
      });
      return true;
    } catch (err) {
      this.o.log.warn({ reference: relay.reference, message: (err as Error).message }, 'could not post to the live chat thread');
      return false;
    }
  }

  /**
   * A resident wrote while a member of staff is chatting with them: their words go to the staff
   * thread (the risk screen has already run on them). False when no live chat is open.
   */
  async relayFromResident(context: TurnContext, words: string, risk: { level: string; reasons: readonly string[] } | null): Promise<boolean> {
    const conversationId = context.activity.conversation?.id;
    if (!conversationId || !words) return false;
    const relay = await this.o.desk.relayForResident(conversationId).catch(() => null);
    if (!relay) return false;
    const at = this.o.now().toISOString();
    await this.o.desk.logRelay(relay.reference, { from: 'resident', at, text: words.slice(0, 10_000) });
    const flag = risk && risk.level !== 'none' ? `\n\n**Risk screen: ${risk.level.toUpperCase()}** (${risk.reasons.join('; ') || 'disclosure'}). The resident was shown what to do now, and the urgent mailbox has it.` : '';
    const posted = await this.toThread(context, relay, `**Resident (${relay.reference}):** ${words}${flag}`);
    if (!posted) this.o.log.error({ reference: relay.reference }, 'a resident message in a live chat did not reach the staff thread');
    return true;
  }

  /**
   * A message from the office's tenant in Teams: a staff member in a live chat thread, a queue
   * command, or anything else in the staff channel. True when it was for the desk.
   */
  async onStaffMessage(context: TurnContext): Promise<boolean> {
    const a = context.activity;
    const inTeam = teamOf(a) !== null;
    const text = (TurnContext.removeRecipientMention(a as Activity) ?? a.text ?? '').replace(/<at>[^<]*<\/at>/g, '').trim();
    const relay = this.isOfficeTenant(a) ? await this.o.desk.relayForThread(a.conversation.id) : null;
    const query = readQueueQuery(text, REFERENCE_PATTERN);
    if (!inTeam && !relay && !query) return false;
    if (!this.isOfficeTenant(a)) {
      this.o.log.warn({ tenant: tenantOf(a), team: teamOf(a) }, 'message from a team outside the office: ignored');
      return inTeam;
    }
    const name = await this.staffName(context, true);
    if (name === 'unavailable') {
      if (inTeam || relay || query) await context.sendActivity('Teams could not confirm that you are in the staff team just now. Please try again.');
      return true;
    }
    if (name === null) {
      if (!inTeam) return false; // A resident in a personal chat who happened to type "queue": theirs is the resident's journey.
      this.o.log.warn({ user: a.from?.id }, 'message in the staff channel from someone outside the staff team');
      await context.sendActivity('Only members of the staff team can use the queue.');
      return true;
    }
    if (relay) {
      await this.fromStaffInRelay(context, relay, { id: a.from.id, name }, text);
      return true;
    }
    if (query) {
      await this.answerQuery(context, query, { id: a.from.id, name });
      return true;
    }
    await context.sendActivity(textFor(context).t('staff.notHere'));
    return true;
  }

  private async fromStaffInRelay(context: TurnContext, relay: Relay, staff: Person, text: string): Promise<void> {
    if (!text) return;
    if (/^(end|stop|finish)( the)? chat\.?$/i.test(text)) {
      await this.endRelay(context, relay, 'ended-by-staff');
      await context.sendActivity(`Live chat on ${relay.reference} ended: the resident is back with the bot, and the chat is kept with the case.`);
      return;
    }
    const presence = this.o.presence(relay.resident as Partial<ConversationReference>);
    const delivered =
      presence !== 'away' &&
      presence !== 'gone' &&
      (await this.toResident(context, relay, (_rc, t) => [MessageFactory.text(t.t('staff.says', { name: firstName(staff.name), text }))]));
    if (!delivered) {
      await this.endRelay(context, relay, 'resident-left');
      const record = await this.o.cases.get(relay.reference);
      await context.sendActivity(
        `The resident has left the chat (their page is closed), so your message did not reach them. The chat is ended and kept with ${relay.reference}.` +
          (record?.contact ? ' Press "Chat with the resident" on the card to try again, or create a call-back task there: the office mailbox has their contact details.' : ' They gave no contact details, so they cannot be called back.'),
      );
      return;
    }
    await this.o.desk.logRelay(relay.reference, { from: 'staff', at: this.o.now().toISOString(), text: text.slice(0, 10_000) });
  }

  /** "queue", "my cases", "urgent", "overdue", "case LAN-…": open cases by priority and age, as cards. */
  private async answerQuery(context: TurnContext, query: QueueQuery, staff: Person): Promise<void> {
    if (query.kind === 'help') {
      await context.sendActivity(textFor(context).t('staff.notHere'));
      return;
    }
    if (query.kind === 'case') {
      const record = await this.o.cases.get(query.reference);
      if (!record) {
        await context.sendActivity(`There is no case ${query.reference} (or it is past the office's retention period).`);
        return;
      }
      await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(await this.render(record, staff)), cardSummary(record)));
      return;
    }
    const now = this.o.now();
    const refs = await this.o.desk.openReferences(500);
    const records: CaseRecord[] = [];
    for (const ref of refs) {
      const r = await this.o.cases.get(ref);
      if (!r) {
        await this.o.desk.close(ref); // Past its retention: nothing left to work on.
        continue;
      }
      const s = deskState(r);
      if (s.status === 'resolved') continue;
      const ack = ackDeadlineSeconds(this.o.profile, this.o.ackOverride, new Date(Date.parse(r.receivedAt)));
      const keep =
        query.kind === 'queue' ||
        (query.kind === 'mine' && s.holder?.id === staff.id) ||
        (query.kind === 'urgent' && r.kind === 'urgent') ||
        (query.kind === 'overdue' && deadlineOf(r, this.o.profile, ack, now)?.overdue === true);
      if (keep) records.push(r);
    }
    const label = { queue: 'open cases', mine: 'open cases you hold', urgent: 'open urgent cases', overdue: 'overdue cases' }[query.kind];
    if (records.length === 0) {
      await context.sendActivity(`There are no ${label} just now.`);
      return;
    }
    const shown = records.slice(0, LIST_LIMIT);
    await context.sendActivity(`${records.length} ${label}, urgent first, then oldest first${records.length > shown.length ? ` (the first ${shown.length} shown)` : ''}:`);
    const cards = await Promise.all(shown.map(async (r) => CardFactory.adaptiveCard(await this.render(r, staff))));
    await context.sendActivity(MessageFactory.list(cards));
  }
}
