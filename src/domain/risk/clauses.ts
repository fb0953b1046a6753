import { normaliseForScreening } from './normalise';
import { EXPERIENCE, FRAMING, GENERAL_QUESTION, NOT_NOW, PERSONAL, saysSo, testOnce } from './suppressors';

/*
 * How a message is read by the phrase rules: cut into clauses at sentence punctuation and commas
 * (and run-on sentences near a joining word), each clause normalised (normalise.ts) and asked, only
 * when a rule needs to know, whether it is talk about a subject, someone's own experience, or
 * something recalled rather than happening now.
 */

const CLAUSE_BREAK = /[.!?;:,\u2026]+(?=\s|$)|[\r\n]+|\s[-\u2013\u2014]+\s|\s\|\s/;

/** What a clause says about itself, worked out only when a rule asks. */
export class Clause {
  private cachedFramed: boolean | undefined;
  private cachedExperience: boolean | undefined;
  private cachedPersonal: boolean | undefined;
  private cachedNotNow: boolean | undefined;

  constructor(
    readonly text: string,
    readonly index: number,
    private readonly message: Message,
  ) {}

  /** The clause with the next one after it: an idiom may run past a comma ("my boss will kill me, I forgot"). */
  get withNext(): string {
    const next = this.message.clauses[this.index + 1];
    return next === undefined ? this.text : `${this.text} ${next.text}`;
  }

  /** Whether the words around a match say it was long ago or is a habit, not happening now. */
  notNowAround(start: number, end: number): boolean {
    if (this.cachedNotNow === false) return false;
    this.cachedNotNow ??= testOnce(NOT_NOW, this.text) !== null;
    return this.cachedNotNow && testOnce(NOT_NOW, this.text.slice(Math.max(0, start - NOT_NOW_BEFORE), end + NOT_NOW_AFTER)) !== null;
  }

  /**
   * A bare topic word is talk about the topic, not a disclosure, when policy
   * or news words sit in its own clause (unless someone says it is happening
   * to them), or elsewhere in the message or in a general question while
   * nobody in particular is mentioned.
   */
  get isTalkAbout(): boolean {
    if (this.framed) return !this.experience;
    return (this.message.framed || GENERAL_QUESTION.test(this.text)) && !this.personal;
  }

  private get framed(): boolean {
    return (this.cachedFramed ??= testOnce(FRAMING, this.text) !== null);
  }

  private get experience(): boolean {
    return (this.cachedExperience ??= saysSo(EXPERIENCE, this.text));
  }

  private get personal(): boolean {
    return (this.cachedPersonal ??= this.experience || testOnce(PERSONAL, this.text) !== null);
  }
}

const CLAUSE_JOIN = ' | ';
// How far either side of a match "years ago" or "every night" still speaks of it.
const NOT_NOW_BEFORE = 60;
const NOT_NOW_AFTER = 80;
// Run-on sentences are cut near this length, at a joining word where there
// is one, so that no phrase is ever searched for across a whole page.
const MAX_CLAUSE = 240;
const JOINING_WORD = / (?:and|but|so|then|because|cos|when|while|which|who|after|before|ac|ond) /g;

function cutRunOn(clause: string): string[] {
  const parts: string[] = [];
  let rest = clause;
  while (rest.length > MAX_CLAUSE) {
    const head = rest.slice(0, MAX_CLAUSE);
    let cut = -1;
    JOINING_WORD.lastIndex = 0;
    for (let m = JOINING_WORD.exec(head); m !== null; m = JOINING_WORD.exec(head)) {
      if (m.index > MAX_CLAUSE / 3) cut = m.index;
      JOINING_WORD.lastIndex = m.index + 1;
    }
    if (cut === -1) cut = head.lastIndexOf(' ');
    if (cut <= 0) cut = MAX_CLAUSE;
    parts.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  parts.push(rest);
  return parts.filter((p) => p !== '');
}

export class Message {
  readonly clauses: readonly Clause[];
  readonly text: string;
  private readonly starts: readonly number[];
  private readonly said = new Map<RegExp, boolean>();
  private cachedFramed: boolean | undefined;

  constructor(raw: string) {
    const texts = raw.split(CLAUSE_BREAK).flatMap((c) => cutRunOn(normaliseForScreening(c)));
    this.text = texts.join(CLAUSE_JOIN);
    this.clauses = texts.map((t, i) => new Clause(t, i, this));
    let at = 0;
    this.starts = texts.map((t) => {
      const start = at;
      at += t.length + CLAUSE_JOIN.length;
      return start;
    });
  }

  get framed(): boolean {
    return (this.cachedFramed ??= testOnce(FRAMING, this.text) !== null);
  }

  /** Whether the pattern appears anywhere in the message; asked once per pattern. */
  mentions(pattern: RegExp): boolean {
    let found = this.said.get(pattern);
    if (found === undefined) {
      found = testOnce(pattern, this.text) !== null;
      this.said.set(pattern, found);
    }
    return found;
  }

  /**
   * The clauses an anchor appears in, found by one lazy pass over the whole
   * message: a long message costs one scan per rule, not one per rule per
   * clause, and a rule that has decided stops the scan.
   */
  *clausesWith(anchor: RegExp): Generator<Clause> {
    let from = 0;
    while (from < this.text.length) {
      anchor.lastIndex = from;
      const m = anchor.exec(this.text);
      const clause = m === null ? undefined : this.clauses[this.clauseAt(m.index)];
      if (clause === undefined) return;
      yield clause;
      from = this.starts[clause.index + 1] ?? this.text.length;
    }
  }

  private clauseAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
