import type { TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { CaseDesk } from '../domain/case-draft';
import type { OfficeProfile } from '../domain/office-profile';
import type { ConversationMemory } from './conversation-memory';

/** What every dialog is given: the office's data, the one door to the case workflows, and a clock. */
export interface DialogDeps {
  readonly profile: OfficeProfile;
  readonly cases: CaseDesk;
  readonly now: () => Date;
  /** For what the bot did, never what a resident typed. */
  readonly log: Logger;
  /** What the conversation remembers beyond a dialog's state: transcript, urgent case, harms named. */
  readonly memory: ConversationMemory;
  /** Keeps where the resident of a new case can be reached (staff acknowledging it, or chatting live); never fails the turn. */
  readonly rememberResident?: (context: TurnContext, reference: string) => Promise<void>;
  /** Counts for /metrics: a disclosure handed over (by level), a case queued (by kind). Never what was said. */
  readonly count?: (what: 'handoff' | 'case', label: string) => void;
}
