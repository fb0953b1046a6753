import { z } from 'zod';
import { CASE_KINDS } from './case-kind';
import { RECORD_BLOCKS } from '../journeys/record-blocks';
import type { RecordBlockSchemas } from '../journeys/record-blocks';
import { REFERENCE_PATTERN } from './reference';
import { OUTCOMES } from './staff-desk';

/** Each journey's block (src/journeys/<id>/record.ts), optional in every record. */
const JOURNEY_BLOCKS = Object.fromEntries(Object.entries(RECORD_BLOCKS).map(([k, schema]) => [k, schema.optional()])) as {
  readonly [K in keyof RecordBlockSchemas]: z.ZodOptional<RecordBlockSchemas[K]>;
};

const MAX_TEXT = 10_000;

export const ContactSchema = z
  .object({
    name: z.string().min(1).max(200).optional(),
    email: z.email().max(320).optional(),
    phone: z.string().min(5).max(40).optional(),
    address: z.string().min(3).max(500).optional(),
    preferredMethod: z.enum(['email', 'phone', 'post']).optional(),
    safeTimes: z.string().max(500).optional(),
    safeToContact: z.boolean().optional(),
    wantsConfirmation: z.boolean().optional(),
    consentToContact: z.boolean(),
  })
  .strict();
export type Contact = z.infer<typeof ContactSchema>;

export const RiskSchema = z
  .object({
    level: z.enum(['none', 'high', 'emergency']),
    reasons: z.array(z.string().max(500)).max(50),
    topics: z.array(z.string().max(60)).max(50).optional(),
  })
  .strict();




export const TranscriptEntrySchema = z
  .object({ from: z.enum(['resident', 'bot']), at: z.iso.datetime({ offset: true }), text: z.string().max(MAX_TEXT) })
  .strict();
export type TranscriptEntry = z.infer<typeof TranscriptEntrySchema>;

/** What staff did with a case, in order: who, when, what (schema v1: an added, optional field). */
export const CaseEventSchema = z
  .object({
    at: z.iso.datetime({ offset: true }),
    action: z.enum(['acknowledged', 'escalated', 'claimed', 'released', 'noted', 'resolved', 'reopened', 'relay-started', 'relay-ended', 'callback-requested']),
    by: z.object({ id: z.string().max(200), name: z.string().max(200) }).strict().optional(),
    /** For `escalated`: which step of the escalation list. */
    step: z.number().int().positive().optional(),
    note: z.string().max(2000).optional(),
    /** For `resolved`: what was done. */
    outcome: z.enum(OUTCOMES).optional(),
    /** For `relay-ended`: what the resident and the member of staff wrote to each other, in order. */
    transcript: z
      .array(z.object({ from: z.enum(['resident', 'staff']), at: z.iso.datetime({ offset: true }), text: z.string().max(MAX_TEXT) }).strict())
      .max(500)
      .optional(),
    /** For `relay-ended`: why it ended (staff ended it, or the resident had left). */
    reason: z.enum(['ended-by-staff', 'resident-left']).optional(),
  })
  .strict();
export type CaseEvent = z.infer<typeof CaseEventSchema>;

/** The contract's case record (schemaVersion 1): fields may be added, none removed. */
export const CaseRecordSchema = z
  .object({
    schemaVersion: z.literal(1),
    reference: z.string().regex(REFERENCE_PATTERN),
    kind: z.enum(CASE_KINDS),
    receivedAt: z.iso.datetime({ offset: true }),
    office: z.string().min(1),
    channel: z.string().min(1).max(60),
    locale: z.string().min(2).max(35),
    risk: RiskSchema,
    details: z.string().max(MAX_TEXT),
    contact: ContactSchema.nullable(),
    ...JOURNEY_BLOCKS,
    transcript: z.array(TranscriptEntrySchema).max(500).optional(),
    events: z.array(CaseEventSchema).max(500).optional(),
  })
  .strict()
  .superRefine((rec, ctx) => {
    if (rec.kind === 'complaint' && !rec.complaint) {
      ctx.addIssue({ code: 'custom', path: ['complaint'], message: 'a complaint record needs its complaint block' });
    }
    if (rec.kind === 'urgent' && !rec.transcript) {
      ctx.addIssue({ code: 'custom', path: ['transcript'], message: 'an urgent record needs the transcript' });
    }
  });
export type CaseRecord = z.infer<typeof CaseRecordSchema>;
