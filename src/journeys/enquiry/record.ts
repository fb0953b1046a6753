import { z } from 'zod';

/** The enquiry journey's block of the case record (schema v1: fields only added). */
export const EnquirySchema = z.object({ topic: z.string().max(60) }).strict();
