import type { TranscriptEntry } from './domain/case-record';

/** What the bot remembers about one conversation (in Redis, for the retention period). */
export interface ConversationData {
  transcript?: TranscriptEntry[];
  /** The conversation's urgent case: later disclosures are added to it, not opened anew. */
  urgentReference?: string;
  /** Harms the resident has named in a journey (e.g. stalking): a later disclosure is signposted with them in mind. */
  topics?: string[];
  /** The resident's last few typed messages (not button presses), read with the next one by the risk screen. */
  typed?: { at: string; text: string }[];
  /** The conversation's language (a locale file's tag), once known. */
  language?: string;
  /** The resident chose it (a button, or "Cymraeg" / "English"): what they write later never changes it. */
  languageChosen?: boolean;
}

export const TRANSCRIPT_LIMIT = 80;
export const TRANSCRIPT_ENTRY_LIMIT = 2000;
