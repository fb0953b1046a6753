import { z } from 'zod';
import { COMPLAINT_ABOUT } from '../../domain/complaint-about';

/** The complaint journey's block of the case record (schema v1: fields only added). */
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
