import { z } from 'zod';
import { CASE_KINDS } from './case-kind';
import { COMPLAINT_ABOUT } from './complaint-about';
import { REFERENCE_PATTERN } from './reference';

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

export const ComplaintSchema = z
  .object({
    about: z.enum(COMPLAINT_ABOUT),
    handledBy: z.string().max(80),
    passOnWithConsent: z.boolean().optional(),
    outcomeLetterDate: z.iso.date().optional(),
    reviewDeadline: z.iso.date().optional(),
    lateReviewRequest: z.boolean().optional(),
    forceReference: z.string().max(100).optional(),
    personNamed: z.string().max(200).optional(),
  })
  .strict();

export const SupportSchema = z
  .object({
    whatHappened: z.string().max(60),
    safeNow: z.enum(['yes', 'no', 'not-sure']).optional(),
    request: z.enum(['call-back', 'referral']),
    servicesShown: z.array(z.string().max(80)).max(30),
  })
  .strict();

export const EnquirySchema = z.object({ topic: z.string().max(60) }).strict();
export const CommentSchema = z.object({ topic: z.string().max(200) }).strict();

export const TranscriptEntrySchema = z
  .object({ from: z.enum(['resident', 'bot']), at: z.iso.datetime({ offset: true }), text: z.string().max(MAX_TEXT) })
  .strict();
export type TranscriptEntry = z.infer<typeof TranscriptEntrySchema>;

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
    complaint: ComplaintSchema.optional(),
    support: SupportSchema.optional(),
    enquiry: EnquirySchema.optional(),
    comment: CommentSchema.optional(),
    transcript: z.array(TranscriptEntrySchema).max(500).optional(),
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
