import { z } from 'zod';

/** The comment journey's block of the case record (schema v1: fields only added). */
export const CommentSchema = z.object({ topic: z.string().max(200) }).strict();
