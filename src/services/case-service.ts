import { createHash } from 'node:crypto';
import type { RedisConnection } from './redis-connection';
import type { Logger } from 'pino';
import { RECORD_BLOCKS } from '../journeys/record-blocks';
import type { RecordBlocks } from '../journeys/record-blocks';
import type { CaseDesk, CaseDraft, TurnOrigin, UrgentDisclosure } from '../domain/case-draft';
import { CaseRecordSchema } from '../domain/case-record';
import type { CaseRecord, Contact } from '../domain/case-record';
import { localMoment } from '../domain/opening-hours';
import type { CaseQueues } from './case-queues';
import type { CaseStore } from './case-store';
import type { ReferenceCounter } from './reference-counter';

export interface CaseServiceOptions {
  readonly officeId: string;
  readonly timeZone: string;
  readonly idempotencySeconds: number;
  /** Every case is also posted to the staff's Teams channel as a card. */
  readonly staffChannel?: boolean;
  readonly now?: () => Date;
}

/** ISO 8601 with the office's UTC offset, e.g. 2026-07-01T10:05:00.000+01:00 in summer in London. */
export function isoWithOffset(at: Date, timeZone: string): string {
  const local = localMoment(at, timeZone);
  const wallClock = Date.parse(`${local.date}T00:00:00Z`) + local.minutes * 60_000;
  const offsetMin = Math.round((wallClock - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  const sign = offsetMin < 0 ? '-' : '+';
  const abs = Math.abs(offsetMin);
  const time = `${pad(Math.floor(local.minutes / 60))}:${pad(local.minutes % 60)}:${pad(at.getUTCSeconds())}.${pad(at.getUTCMilliseconds(), 3)}`;
  return `${local.date}T${time}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** What the case service works with. */
export interface CaseServiceParts {
  readonly redis: RedisConnection;
  readonly counter: ReferenceCounter;
  readonly store: CaseStore;
  readonly queues: CaseQueues;
  readonly log: Logger;
}

/**
 * Turns drafts into records and queued work. A reference is returned only
 * once the record is in Redis and its job is queued: a reference shown is a
 * case that cannot be lost.
 */
export class CaseService implements CaseDesk {
  private readonly now: () => Date;
  private readonly redis: RedisConnection;
  private readonly counter: ReferenceCounter;
  private readonly store: CaseStore;
  private readonly queues: CaseQueues;
  private readonly log: Logger;

  constructor(
    parts: CaseServiceParts,
    private readonly options: CaseServiceOptions,
  ) {
    ({ redis: this.redis, counter: this.counter, store: this.store, queues: this.queues, log: this.log } = parts);
    this.now = options.now ?? (() => new Date());
  }

  private idempotencyKey(origin: TurnOrigin, purpose: string): string {
    return `pcc:idem:${purpose}:${origin.channel}:${origin.conversationId}:${origin.activityId}`;
  }

  /** Same activity, same reference: a redelivered activity never makes a second case. */
  private async claimReference(origin: TurnOrigin, purpose: string): Promise<{ reference: string; fresh: boolean }> {
    const key = this.idempotencyKey(origin, purpose);
    const existing = await this.redis.get(key);
    if (existing) return { reference: existing, fresh: false };
    const at = this.now();
    const reference = await this.counter.next(Number(localMoment(at, this.options.timeZone).date.slice(0, 4)));
    const won = await this.redis.set(key, reference, 'EX', this.options.idempotencySeconds, 'NX');
    if (won !== 'OK') return { reference: (await this.redis.get(key)) ?? reference, fresh: false };
    return { reference, fresh: true };
  }

  /**
   * The same journey finished twice in one conversation with the same words (the bot was restarted
   * mid-turn, the resident saw no reference and went through it again): the first case, not a second.
   */
  private journeyKey(draft: CaseDraft, origin: TurnOrigin): string {
    const words = createHash('sha256').update(`${draft.kind}\n${draft.details.trim().toLowerCase()}`).digest('base64url');
    return `pcc:idem:journey:${origin.channel}:${origin.conversationId}:${words}`;
  }

  async submit(draft: CaseDraft, origin: TurnOrigin): Promise<string> {
    const again = await this.redis.get(this.journeyKey(draft, origin));
    const first = again ? await this.store.get(again) : null;
    if (first) {
      this.log.info({ reference: first.reference, kind: draft.kind }, 'the same case again in the same conversation: the first one stands');
      // An instance may have died between storing the case and queueing its jobs: queue them (once: by job id).
      await this.enqueue(first);
      return first.reference;
    }
    const { reference, fresh } = await this.claimReference(origin, 'case');
    await this.redis.set(this.journeyKey(draft, origin), reference, 'EX', this.options.idempotencySeconds, 'NX');
    const stored = fresh ? null : await this.store.get(reference);
    if (stored) {
      await this.enqueue(stored);
      return reference;
    }
    const record: CaseRecord = CaseRecordSchema.parse({
      schemaVersion: 1,
      reference,
      kind: draft.kind,
      receivedAt: isoWithOffset(this.now(), this.options.timeZone),
      office: this.options.officeId,
      channel: origin.channel,
      locale: origin.locale,
      risk: { level: 'none', reasons: [] },
      details: draft.details,
      contact: draft.contact,
      // The journey's own block, whichever it is (journeys/record-blocks.ts).
      ...Object.fromEntries(Object.keys(RECORD_BLOCKS).flatMap((k) => (draft[k as keyof RecordBlocks] ? [[k, draft[k as keyof RecordBlocks]]] : []))),
    });
    await this.store.put(record);
    await this.enqueue(record);
    this.log.info({ reference, kind: record.kind, channel: origin.channel }, 'case queued');
    return reference;
  }

  /** A case's first jobs. Job ids make it safe to call again: a job already there is not added twice. */
  private async enqueue(record: CaseRecord): Promise<void> {
    const { reference, kind } = record;
    await this.queues.add({ reference, kind, step: 'notify-office' }, `${reference}.office`);
    if (this.options.staffChannel) await this.queues.add({ reference, kind, step: 'notify-staff-channel' }, `${reference}.teams`);
    if (record.contact?.email && record.contact.wantsConfirmation) await this.queues.add({ reference, kind, step: 'confirm-resident' }, `${reference}.resident`);
  }

  async raiseUrgent(disclosure: UrgentDisclosure, origin: TurnOrigin, reference: string | null): Promise<string> {
    if (reference) {
      await this.appendUrgent(reference, disclosure, origin);
      return reference;
    }
    const claim = await this.claimReference(origin, 'urgent');
    const stored = claim.fresh ? null : await this.store.get(claim.reference);
    if (stored) {
      await this.enqueue(stored);
      return claim.reference;
    }
    const record = this.urgentRecord(claim.reference, disclosure, origin);
    await this.store.put(record);
    await this.enqueue(record);
    this.log.warn({ reference: record.reference, level: disclosure.risk.level, channel: origin.channel }, 'urgent case raised');
    return record.reference;
  }

  /** The record of an urgent case; also used to write it to the local journal when Redis is down. */
  urgentRecord(reference: string, disclosure: UrgentDisclosure, origin: TurnOrigin): CaseRecord {
    return CaseRecordSchema.parse({
      schemaVersion: 1,
      reference,
      kind: 'urgent',
      receivedAt: isoWithOffset(this.now(), this.options.timeZone),
      office: this.options.officeId,
      channel: origin.channel,
      locale: origin.locale,
      risk: disclosure.risk,
      details: disclosure.details,
      contact: null,
      transcript: [...disclosure.transcript],
    });
  }

  private async appendUrgent(reference: string, disclosure: UrgentDisclosure, origin: TurnOrigin): Promise<void> {
    const key = this.idempotencyKey(origin, 'urgent-append');
    if ((await this.redis.set(key, reference, 'EX', this.options.idempotencySeconds, 'NX')) !== 'OK') return;
    const record = await this.store.get(reference);
    if (!record) throw new Error(`urgent case ${reference} is missing from the store`);
    const levels = ['none', 'high', 'emergency'] as const;
    const level = levels[Math.max(levels.indexOf(record.risk.level), levels.indexOf(disclosure.risk.level))] ?? 'high';
    const known = new Set((record.transcript ?? []).map((e) => `${e.at}|${e.from}|${e.text}`));
    const added = disclosure.transcript.filter((e) => !known.has(`${e.at}|${e.from}|${e.text}`));
    const updates = await this.nextUpdate(reference);
    await this.store.put({
      ...record,
      risk: {
        level,
        reasons: [...new Set([...record.risk.reasons, ...disclosure.risk.reasons])],
        topics: [...new Set([...(record.risk.topics ?? []), ...(disclosure.risk.topics ?? [])])],
      },
      details: `${record.details}\n\n${disclosure.details}`.slice(-10_000),
      transcript: [...(record.transcript ?? []), ...added].slice(-500),
    });
    await this.queues.add({ reference, kind: 'urgent', step: 'urgent-update', update: updates }, `${reference}.update-${updates}`);
    if (this.options.staffChannel) await this.queues.add({ reference, kind: 'urgent', step: 'notify-staff-channel', update: updates }, `${reference}.teams-update-${updates}`);
    this.log.warn({ reference, update: updates, level }, 'urgent case updated');
  }

  private async nextUpdate(reference: string): Promise<number> {
    const key = `pcc:urgent-updates:${reference}`;
    const [[, n]] = (await this.redis.multi().incr(key).expire(key, this.options.idempotencySeconds).exec()) as [[Error | null, number]];
    return n;
  }

  async updateUrgentContact(reference: string, contact: Contact, origin: TurnOrigin): Promise<void> {
    const key = this.idempotencyKey(origin, 'urgent-contact');
    if ((await this.redis.set(key, reference, 'EX', this.options.idempotencySeconds, 'NX')) !== 'OK') return;
    const record = await this.store.get(reference);
    if (!record) throw new Error(`urgent case ${reference} is missing from the store`);
    await this.store.put({ ...record, contact });
    const updates = await this.nextUpdate(reference);
    await this.queues.add({ reference, kind: 'urgent', step: 'urgent-update', update: updates }, `${reference}.update-${updates}`);
    if (this.options.staffChannel) await this.queues.add({ reference, kind: 'urgent', step: 'notify-staff-channel', update: updates }, `${reference}.teams-update-${updates}`);
    this.log.warn({ reference, update: updates }, 'urgent case contact added');
  }
}
