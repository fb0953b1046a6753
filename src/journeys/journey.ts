import type { TextKey } from '../i18n/locale-text';
import type { RecordBlocks } from './record-blocks';

/** The journeys' own blocks of a case record (a record is one of these and the common fields). */
export type JourneyBlocks = RecordBlocks;

/**
 * What the rest of the product needs to know about one journey, as data: the case kind it files
 * (and so its queue and mailbox), how it starts, its button in the main menu, and what staff
 * read about it in the office e-mail. Pure: no SDK, so the domain may read it.
 */
export interface JourneySpec {
  /** The case kind: the record's `kind`, the queue `cases-<kind>`, the profile's `mailboxes.<kind>`. */
  readonly kind: string;
  /** `resident`: chosen from the menu or in their own words; `disclosure`: opened by the bot. */
  readonly start: 'resident' | 'disclosure';
  /** Its button in the main menu (resident journeys), in registry order. */
  readonly menuKey?: TextKey;
  /** Words that mean a resident wants this journey (read on normalised text, see domain/words.ts). */
  readonly cues?: RegExp;
  /** Which journey's cues are tried first: "complaint" before "comment", since "unhappy with the officer" is both. */
  readonly cuePriority?: number;
  /** What staff read as the case's kind in the office e-mail. */
  readonly staffLabel: string;
  /** Its own rows in the office e-mail, after reference, kind, dates and risk. */
  readonly emailRows: (record: JourneyBlocks) => [string, string][];
}
