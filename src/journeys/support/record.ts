import { z } from 'zod';

/** The support journey's block of the case record (schema v1: fields only added). */
export const SupportSchema = z
  .object({
    whatHappened: z.string().max(60),
    safeNow: z.enum(['yes', 'no', 'not-sure']).optional(),
    request: z.enum(['call-back', 'referral']),
    servicesShown: z.array(z.string().max(80)).max(30),
  })
  .strict();
