import { z } from 'zod';
import { CASE_KINDS } from './case-kind';
import type { CaseKind } from './case-kind';
import { DAYS } from './opening-hours';

/** What the office promises a reply time for: every case kind, Freedom of Information and subject access requests. */
const REPLY_KINDS = [...CASE_KINDS, 'foi', 'sar'] as unknown as readonly [CaseKind | 'foi' | 'sar', ...(CaseKind | 'foi' | 'sar')[]];

const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'a time as HH:MM');
const Range = z.tuple([Time, Time]);
const Weekly = z.partialRecord(z.enum(DAYS), z.array(Range));

export const OpeningHoursSchema = z
  .object({ always: z.boolean().optional(), weekly: Weekly.optional(), closedOnBankHolidays: z.boolean().optional() })
  .strict();

export const VERIFICATION = ['verified', 'partial', 'unverified'] as const;

export const ServiceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(1),
    phone: z.string().optional(),
    text: z.string().optional(),
    web: z.string().optional(),
    /** Structured hours drive "open now"; absent means not known, and the bot says so. */
    hours: OpeningHoursSchema.optional(),
    hoursText: z.string().optional(),
    scope: z.array(z.string()).min(1),
    area: z.string(),
    verification: z.enum(VERIFICATION),
    verificationNote: z.string().optional(),
    sources: z.array(z.string()).optional(),
  })
  .strict();
export type Service = z.infer<typeof ServiceSchema>;

const Email = z.email();

export const ComplaintRouteSchema = z
  .object({
    body: z.string(),
    phone: z.string().optional(),
    email: z.string().optional(),
    web: z.string().optional(),
    address: z.string().optional(),
    officePassesOn: z.boolean(),
  })
  .strict();

export const OfficeProfileSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string(),
    shortName: z.string(),
    forceName: z.string(),
    commissionerTitle: z.string(),
    referencePrefix: z.string().regex(/^[A-Z]{2,6}$/),
    timeZone: z.string(),
    locales: z.array(z.string()).min(1),
    mailboxes: z.record(z.enum(CASE_KINDS), Email),
    contact: z
      .object({ phone: z.string(), email: Email, address: z.string(), web: z.string(), contactForm: z.string().optional() })
      .strict(),
    officeHours: OpeningHoursSchema,
    bankHolidays: z.array(z.iso.date()),
    // One per case kind (a new journey needs its reply time), and the statutory requests answered by letter.
    responseWorkingDays: z.record(z.enum(REPLY_KINDS), z.number().int().positive()),
    /**
     * How soon a named member of staff must acknowledge an urgent case, in office hours and out of
     * them, and whom to escalate to, step by step, until someone does. The office decides these.
     */
    urgentAcknowledgement: z
      .object({
        officeHoursSeconds: z.number().int().positive(),
        outOfHoursSeconds: z.number().int().positive(),
        escalation: z
          .array(
            z
              .object({
                email: Email,
                /**
                 * Whom the channel post @mentions: a Teams tag (e.g. the on-call rota) or a person, by
                 * its Teams id; a plain name is written out but notifies nobody.
                 */
                mention: z.union([z.string(), z.object({ name: z.string().min(1), id: z.string().min(1), kind: z.enum(['tag', 'person']) }).strict()]).optional(),
              })
              .strict(),
          )
          .min(1),
      })
      .strict(),
    complaintRoutes: z
      .object({ forceProfessionalStandards: ComplaintRouteSchema, policeAndCrimePanel: ComplaintRouteSchema, iopc: ComplaintRouteSchema })
      .strict(),
    planPriorities: z.array(z.object({ id: z.string(), title: z.string() }).strict()).min(1),
    links: z
      .object({
        plan: z.string(),
        foi: z.string(),
        sar: z.string(),
        panel: z.string(),
        meetings: z.string(),
        volunteering: z.string(),
        press: z.string(),
        privacy: z.string(),
        reportCrime: z.string(),
      })
      .strict(),
    pressContact: z.object({ email: Email, phone: z.string().optional() }).strict(),
    services: z.array(ServiceSchema).min(1),
    /** Which services to offer for each kind of harm, most specific first. */
    signposting: z.record(z.string(), z.array(z.string())),
    /** The local victims' service the office refers residents to, with their consent. */
    referralServiceId: z.string(),
    retention: z
      .object({ conversationStateDays: z.number().positive(), caseDays: z.number().positive(), failedJobDays: z.number().positive() })
      .strict(),
    web: z.object({ quickExitUrl: z.string(), title: z.string() }).strict(),
    /**
     * What the staff channel in Teams may show of what the resident wrote: `none`, a short
     * `extract` with contact details taken out (the default), or `full`. The mailbox always has it all.
     */
    staffDesk: z
      .object({ residentWords: z.enum(['none', 'extract', 'full']).default('extract'), extractLength: z.number().int().min(40).max(2000).default(240) })
      .strict()
      .default({ residentWords: 'extract', extractLength: 240 }),
    notes: z.array(z.string()).optional(),
    /**
     * What residents read of the profile, in another of its languages (by locale tag, e.g.
     * "cy-GB"): the office's and force's names, plan priorities, complaint bodies, service names
     * and text options. Anything left out is shown as written above.
     */
    translations: z
      .record(
        z.string().regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/),
        z
          .object({
            name: z.string(),
            shortName: z.string(),
            forceName: z.string(),
            commissionerTitle: z.string(),
            planPriorities: z.record(z.string(), z.string()),
            complaintRoutes: z.partialRecord(
              z.enum(['forceProfessionalStandards', 'policeAndCrimePanel', 'iopc']),
              z.object({ body: z.string().optional(), web: z.string().optional(), address: z.string().optional() }).strict(),
            ),
            services: z.record(z.string(), z.object({ name: z.string().optional(), text: z.string().optional() }).strict()),
            webTitle: z.string(),
          })
          .partial()
          .strict(),
      )
      .optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    const ids = new Set(p.services.map((s) => s.id));
    if (!ids.has(p.referralServiceId)) ctx.addIssue({ code: 'custom', path: ['referralServiceId'], message: `no service with id "${p.referralServiceId}"` });
    for (const [topic, list] of Object.entries(p.signposting)) {
      for (const id of list) {
        if (!ids.has(id)) ctx.addIssue({ code: 'custom', path: ['signposting', topic], message: `no service with id "${id}"` });
      }
    }
  });
export type OfficeProfile = z.infer<typeof OfficeProfileSchema>;

const localised = new WeakMap<OfficeProfile, Map<string, OfficeProfile>>();

/** Only the fields a translation gives. */
function defined(o: { body?: string | undefined; web?: string | undefined; address?: string | undefined } | undefined): { body?: string; web?: string; address?: string } {
  return Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => typeof v === 'string')) as { body?: string; web?: string; address?: string };
}

/** The profile as a resident reading `locale` sees it: its translations for that language laid over it. */
export function profileIn(profile: OfficeProfile, locale: string): OfficeProfile {
  const tr = profile.translations?.[locale];
  if (!tr) return profile;
  const cache = localised.get(profile) ?? new Map<string, OfficeProfile>();
  localised.set(profile, cache);
  const hit = cache.get(locale);
  if (hit) return hit;
  const routes = profile.complaintRoutes;
  const out: OfficeProfile = {
    ...profile,
    name: tr.name ?? profile.name,
    shortName: tr.shortName ?? profile.shortName,
    forceName: tr.forceName ?? profile.forceName,
    commissionerTitle: tr.commissionerTitle ?? profile.commissionerTitle,
    planPriorities: profile.planPriorities.map((p) => ({ ...p, title: tr.planPriorities?.[p.id] ?? p.title })),
    complaintRoutes: {
      forceProfessionalStandards: { ...routes.forceProfessionalStandards, ...defined(tr.complaintRoutes?.forceProfessionalStandards) },
      policeAndCrimePanel: { ...routes.policeAndCrimePanel, ...defined(tr.complaintRoutes?.policeAndCrimePanel) },
      iopc: { ...routes.iopc, ...defined(tr.complaintRoutes?.iopc) },
    },
    services: profile.services.map((s) => {
      const t = tr.services?.[s.id];
      return t ? { ...s, ...(t.name ? { name: t.name } : {}), ...(t.text ? { text: t.text } : {}) } : s;
    }),
    web: { ...profile.web, title: tr.webTitle ?? profile.web.title },
  };
  cache.set(locale, out);
  return out;
}
