// npm run office:check <file>: validates an office profile and lists what is missing or unverified.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { OfficeProfileSchema } from '../src/domain/office-profile';
import { LOCALES } from '../src/i18n/locale-text';
import { JOURNEYS } from '../src/journeys/registry';

export interface OfficeCheck {
  /** The profile cannot run: start-up would refuse it. */
  readonly errors: string[];
  /** It runs, but a person must confirm these before go-live. */
  readonly warnings: string[];
}

/** Topics a resident's disclosure can raise: each should have services to signpost (see the risk screen's topics). */
const EXPECTED_TOPICS = ['emergency', 'stalking', 'domestic-abuse', 'sexual-violence', 'self-harm', 'child-at-risk', 'other'];

export function checkOffice(raw: unknown): OfficeCheck {
  const parsed = OfficeProfileSchema.safeParse(raw);
  if (!parsed.success) return { errors: parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`), warnings: [] };
  const p = parsed.data;
  const warnings: string[] = [];
  for (const locale of p.locales) {
    if (!LOCALES.includes(locale)) warnings.push(`locales: there is no locales/${locale}.json, so ${locale} residents would read ${LOCALES[0]}`);
  }
  if (!p.locales.some((l) => l.startsWith('cy')) && p.name.toLowerCase().includes('wales')) warnings.push('locales: an office in Wales should offer Welsh (add "cy-GB")');
  for (const locale of p.locales.filter((l) => l !== 'en-GB')) {
    const tr = p.translations?.[locale];
    if (!tr) {
      warnings.push(`translations.${locale}: missing, so ${locale} residents read the office's names, plan priorities and services in English`);
      continue;
    }
    for (const f of ['name', 'shortName', 'forceName', 'commissionerTitle', 'webTitle'] as const) if (!tr[f]) warnings.push(`translations.${locale}.${f}: missing`);
    for (const pr of p.planPriorities) if (!tr.planPriorities?.[pr.id]) warnings.push(`translations.${locale}.planPriorities.${pr.id}: missing`);
    for (const s of p.services) if (!tr.services?.[s.id]?.name) warnings.push(`translations.${locale}.services.${s.id}: no name in ${locale}`);
  }
  for (const s of p.services) {
    if (s.verification !== 'verified') warnings.push(`services.${s.id} (${s.name}): ${s.verification}${s.verificationNote ? `: ${s.verificationNote}` : ''}`);
    if (!s.sources?.length) warnings.push(`services.${s.id}: no source given`);
    if (!s.phone && !s.web && !s.text) warnings.push(`services.${s.id}: no phone, text number or web address for a resident to use`);
    if (!s.hours && !s.hoursText) warnings.push(`services.${s.id}: opening hours not known (residents are told so)`);
  }
  const referral = p.services.find((s) => s.id === p.referralServiceId);
  if (referral && referral.verification !== 'verified') warnings.push(`referralServiceId: the service residents are referred to (${referral.name}) is ${referral.verification}`);
  for (const topic of EXPECTED_TOPICS) if (!p.signposting[topic]?.length) warnings.push(`signposting.${topic}: no services listed`);
  for (const journey of JOURNEYS) if (!p.mailboxes[journey.kind as keyof typeof p.mailboxes]) warnings.push(`mailboxes.${journey.kind}: missing`);
  const placeholder = /example\.(?:org|com)|placeholder|changeme|todo/i;
  for (const [kind, address] of Object.entries(p.mailboxes)) if (placeholder.test(address)) warnings.push(`mailboxes.${kind}: ${address} looks like a placeholder`);
  for (const note of p.notes ?? []) warnings.push(`note: ${note}`);
  return { errors: [], warnings };
}

function main(): void {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: npm run office:check <offices/<id>.json>');
    process.exit(2);
  }
  const full = path.resolve(file);
  if (!existsSync(full)) {
    console.error(`no such file: ${full}`);
    process.exit(2);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(full, 'utf8'));
  } catch (err) {
    console.error(`${file} is not valid JSON: ${(err as Error).message}`);
    process.exit(1);
  }
  const { errors, warnings } = checkOffice(raw);
  if (errors.length) {
    console.log(`${file}: NOT VALID, the bot would refuse to start with it:`);
    for (const e of errors) console.log(`  - ${e}`);
    process.exit(1);
  }
  console.log(`${file}: valid. ${warnings.length} thing(s) to confirm before go-live:`);
  for (const w of warnings) console.log(`  - ${w}`);
}

if (require.main === module) main();
