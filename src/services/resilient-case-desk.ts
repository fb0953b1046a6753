import type { Logger } from 'pino';
import type { CaseDesk, CaseDraft, TurnOrigin, UrgentDisclosure } from '../domain/case-draft';
import type { CaseRecord, Contact } from '../domain/case-record';
import type { OfficeProfile } from '../domain/office-profile';
import { localMoment } from '../domain/opening-hours';
import { formatReference } from '../domain/reference';
import { officeEmail } from './case-email';
import type { CaseQueues } from './case-queues';
import type { CaseService } from './case-service';
import type { CaseStore } from './case-store';
import { retryDelay } from './case-workers';
import { mailFailure, worthRetrying } from './errors';
import type { Mailer } from './mailer';
import type { ReferenceCounter } from './reference-counter';
import type { UrgentJournal } from './urgent-journal';

/** What the desk works with. */
export interface ResilientCaseDeskParts {
  readonly inner: CaseService;
  readonly counter: ReferenceCounter;
  readonly store: CaseStore;
  readonly queues: CaseQueues;
  readonly journal: UrgentJournal;
  readonly mailer: Mailer;
  readonly profile: OfficeProfile;
  readonly log: Logger;
}

export interface ResilientOptions {
  /** References claimed in advance, so an urgent case raised while Redis is down still gets a real one. */
  readonly reserveSize: number;
  readonly replayEveryMs: number;
  readonly retryBaseMs: number;
  readonly retryMaxMs: number;
  readonly isRedisReady: () => boolean;
  /** The staff's Teams channel gets each case as a card: a journalled one too, once it is filed. */
  readonly staffChannel?: boolean;
  readonly now: () => Date;
}

/**
 * The case desk the dialogs use. Ordinary cases go straight to the case
 * service. An urgent case must reach staff even when Redis is down: then it
 * is written to a local journal, e-mailed directly (with retries), and filed
 * into the queue once Redis is back, without a second e-mail.
 */
export class ResilientCaseDesk implements CaseDesk {
  private reserve: string[] = [];
  private reserveYear = 0;
  private readonly sending = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private replaying: Promise<void> | null = null;

  private readonly inner: CaseService;
  private readonly counter: ReferenceCounter;
  private readonly store: CaseStore;
  private readonly queues: CaseQueues;
  private readonly journal: UrgentJournal;
  private readonly mailer: Mailer;
  private readonly profile: OfficeProfile;
  private readonly log: Logger;

  constructor(
    parts: ResilientCaseDeskParts,
    private readonly options: ResilientOptions,
  ) {
    ({ inner: this.inner, counter: this.counter, store: this.store, queues: this.queues } = parts);
    ({ journal: this.journal, mailer: this.mailer, profile: this.profile, log: this.log } = parts);
  }

  submit(draft: CaseDraft, origin: TurnOrigin): Promise<string> {
    return this.inner.submit(draft, origin);
  }

  updateUrgentContact(reference: string, contact: Contact, origin: TurnOrigin): Promise<void> {
    return this.inner.updateUrgentContact(reference, contact, origin);
  }

  async raiseUrgent(disclosure: UrgentDisclosure, origin: TurnOrigin, reference: string | null): Promise<string> {
    try {
      return await this.inner.raiseUrgent(disclosure, origin, reference);
    } catch (err) {
      this.log.error({ code: (err as { code?: string }).code, message: (err as Error).message }, 'URGENT: Redis unavailable, alerting staff directly');
      return this.raiseDirectly(disclosure, origin);
    }
  }

  private year(): number {
    return Number(localMoment(this.options.now(), this.profile.timeZone).date.slice(0, 4));
  }

  private takeReference(): string {
    const year = this.year();
    if (this.reserveYear === year) {
      const ref = this.reserve.shift();
      if (ref) return ref;
    }
    // Reserve used up mid-outage: a number far above any office's yearly count, unique per second.
    const start = Date.UTC(year, 0, 1);
    const seq = 9_000_000 + (Math.floor((this.options.now().getTime() - start) / 1000) % 999_999);
    return formatReference(this.profile.referencePrefix, year, seq);
  }

  private async raiseDirectly(disclosure: UrgentDisclosure, origin: TurnOrigin): Promise<string> {
    const record = this.inner.urgentRecord(this.takeReference(), disclosure, origin);
    await this.journal.write({ record, emailed: false });
    this.sending.add(record.reference);
    void this.sendDirectly(record);
    return record.reference;
  }

  private async sendDirectly(record: CaseRecord): Promise<void> {
    try {
      for (let attempt = 1; ; attempt++) {
        try {
          await this.mailer.send(officeEmail(record, this.profile));
          await this.journal.write({ record, emailed: true });
          this.log.warn({ reference: record.reference, attempt }, 'urgent case e-mailed directly');
          return;
        } catch (err) {
          const lasting = mailFailure(err);
          this.log.error({ reference: record.reference, attempt, code: (err as { code?: string }).code, lasting }, 'URGENT: direct e-mail failed');
          // Once Redis is back the queue takes over, with its own retries and a record of failures.
          if (!worthRetrying(lasting, attempt) || this.options.isRedisReady()) return;
          await new Promise((r) => setTimeout(r, retryDelay(attempt, this.options.retryBaseMs, this.options.retryMaxMs)));
          if (this.options.isRedisReady()) return;
        }
      }
    } finally {
      this.sending.delete(record.reference);
      if (this.options.isRedisReady()) void this.replay();
    }
  }

  /** Files journalled urgent cases into the queue once Redis answers again; refills the reserve. */
  replay(): Promise<void> {
    this.replaying ??= this.replayOnce().finally(() => {
      this.replaying = null;
    });
    return this.replaying;
  }

  private async replayOnce(): Promise<void> {
    if (!this.options.isRedisReady()) return;
    try {
      for (const entry of await this.journal.list()) {
        const ref = entry.record.reference;
        if (this.sending.has(ref)) continue;
        await this.store.put(entry.record);
        await this.queues.add({ reference: ref, kind: 'urgent', step: entry.emailed ? 'recorded' : 'notify-office' }, `${ref}.office`);
        // The same job id as the case service's: a card is posted once, whichever path filed the case.
        if (this.options.staffChannel) await this.queues.add({ reference: ref, kind: 'urgent', step: 'notify-staff-channel' }, `${ref}.teams`);
        await this.journal.remove(ref);
        this.log.warn({ reference: ref, emailed: entry.emailed }, 'urgent case from the local journal is now in the queue');
      }
      await this.refillReserve();
    } catch (err) {
      this.log.error({ message: (err as Error).message }, 'replaying the urgent journal failed; will try again');
    }
  }

  private async refillReserve(): Promise<void> {
    const year = this.year();
    if (this.reserveYear !== year) {
      this.reserve = [];
      this.reserveYear = year;
    }
    const missing = this.options.reserveSize - this.reserve.length;
    if (missing > 0) this.reserve.push(...(await this.counter.nextBlock(year, missing)));
  }

  /** Urgent cases not yet safely in the queue: anything above zero means staff may not know. */
  async backlog(): Promise<number> {
    return (await this.journal.list()).length;
  }

  start(): void {
    void this.replay();
    this.timer = setInterval(() => void this.replay(), this.options.replayEveryMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.replaying;
  }
}
