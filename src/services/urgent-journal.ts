import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { CaseRecordSchema } from '../domain/case-record';
import type { CaseRecord } from '../domain/case-record';

export interface JournalEntry {
  readonly record: CaseRecord;
  /** The office has the e-mail already: replaying must only file the case, not mail it again. */
  readonly emailed: boolean;
}

/**
 * A durable local copy of urgent cases raised while Redis was unreachable,
 * written (and fsynced) before anything else is tried, replayed into the
 * queue once Redis is back.
 */
export class UrgentJournal {
  constructor(private readonly dir: string) {}

  private file(reference: string): string {
    return path.join(this.dir, `${reference}.json`);
  }

  async write(entry: JournalEntry): Promise<void> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const target = this.file(entry.record.reference);
    const tmp = `${target}.${process.pid}.tmp`;
    const handle = await open(tmp, 'w', 0o600);
    try {
      await handle.writeFile(JSON.stringify(entry));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, target);
  }

  async list(): Promise<JournalEntry[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return [];
    }
    const entries: JournalEntry[] = [];
    for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
      const raw = JSON.parse(await readFile(path.join(this.dir, name), 'utf8')) as { record: unknown; emailed: boolean };
      entries.push({ record: CaseRecordSchema.parse(raw.record), emailed: raw.emailed === true });
    }
    return entries;
  }

  async remove(reference: string): Promise<void> {
    await rm(this.file(reference), { force: true });
  }
}
