import type { z } from 'zod';
import { CommentSchema } from './comment/record';
import { ComplaintSchema } from './complaint/record';
import { EnquirySchema } from './enquiry/record';
import { SupportSchema } from './support/record';

/**
 * Each journey's own block of the case record, under the field named after its kind. The record
 * schema (domain/case-record.ts), the drafts dialogs hand in and the e-mail rows are derived
 * from this: a journey that keeps a block adds its `record.ts` and a line here.
 */
export const RECORD_BLOCKS = {
  comment: CommentSchema,
  complaint: ComplaintSchema,
  support: SupportSchema,
  enquiry: EnquirySchema,
} as const;

export type RecordBlockSchemas = typeof RECORD_BLOCKS;

/** The journeys' blocks as a record or a draft holds them: each optional. */
export type RecordBlocks = { readonly [K in keyof RecordBlockSchemas]?: z.infer<RecordBlockSchemas[K]> | undefined };
