/** The most of one message the bot reads and keeps (the record's own limit is 10,000). */
export const TEXT_LIMIT = 5000;
/** Of an over-long message, the risk screen reads this much of the start and `TAIL` of the end. */
const HEAD = 4000;
const TAIL = 1000;

export interface BoundedText {
  /** What the journey keeps: the first `limit` characters, cut at a space where there is one. */
  readonly kept: string;
  /** What the risk screen reads: the start and the end, so a disclosure at either end is caught. */
  readonly screened: string;
  /** Whether anything was left out. */
  readonly cut: boolean;
}

/** Applied before any other work on a message: nothing reads more than this of it. */
export function boundText(text: string, limit = TEXT_LIMIT): BoundedText {
  if (text.length <= limit) return { kept: text, screened: text, cut: false };
  const head = text.slice(0, limit);
  const space = head.lastIndexOf(' ');
  const kept = (space > limit * 0.9 ? head.slice(0, space) : head).trimEnd();
  const screened = `${text.slice(0, HEAD)}\n…\n${text.slice(-TAIL)}`;
  return { kept, screened, cut: true };
}
