import type { z } from 'zod';
import type { RecordBlocks } from '../journeys/record-blocks';
import type { Intent } from '../journeys/registry';
import type { Contact, RiskSchema, TranscriptEntry } from './case-record';

export type CaseRisk = z.infer<typeof RiskSchema>;

/** What a dialog has collected (with its journey's block, see journeys/record-blocks.ts); the case service turns it into a record. */
export type CaseDraft = RecordBlocks & {
  readonly kind: Intent;
  readonly details: string;
  readonly contact: Contact | null;
};

/** Where a turn came from: the key that makes a redelivered activity harmless. */
export interface TurnOrigin {
  readonly channel: string;
  readonly conversationId: string;
  readonly activityId: string;
  readonly locale: string;
}

export interface UrgentDisclosure {
  readonly risk: CaseRisk;
  readonly transcript: readonly TranscriptEntry[];
  readonly details: string;
}

/** The one door from dialogs to the case workflows. */
export interface CaseDesk {
  submit(draft: CaseDraft, origin: TurnOrigin): Promise<string>;
  /** Opens the conversation's urgent case, or adds to it when `reference` is given. */
  raiseUrgent(disclosure: UrgentDisclosure, origin: TurnOrigin, reference: string | null): Promise<string>;
  /** Adds the resident's safe-contact answers to an urgent case. */
  updateUrgentContact(reference: string, contact: Contact, origin: TurnOrigin): Promise<void>;
}
