import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REVIEWABLE } from '../../../src/domain/risk/documented';

// Every rule, cue, scene, net, framing, idiom and stand-down carries the
// examples it must and must not match: each is a test, so a change to one
// rule that breaks what it was written for fails here, by name.
describe('every part of the risk screen keeps to its own examples', () => {
  it('has an id, a purpose and at least one example each way', () => {
    const ids = REVIEWABLE.map((r) => r.item.id);
    expect(new Set(ids).size).toBe(ids.length);
    const undocumented = REVIEWABLE.filter((r) => !r.item.purpose.trim() || r.item.matches.length === 0 || r.item.ignores.length === 0);
    expect(undocumented.map((r) => r.item.id)).toEqual([]);
  });

  for (const r of REVIEWABLE) {
    it(`${r.kind} ${r.item.id}: ${r.item.purpose}`, () => {
      const missed = r.item.matches.filter((t) => !r.fires(t));
      const wrongly = r.item.ignores.filter((t) => r.fires(t));
      expect({ missed, wrongly }).toEqual({ missed: [], wrongly: [] });
    });
  }
});

describe('the risk screen reads as code a person can review', () => {
  const root = path.resolve(__dirname, '../../../src/domain/risk');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const p = path.join(dir, f);
      return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
    });

  it('has no line over 160 characters', () => {
    const long = files(root).flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .map((line, i) => ({ where: `${path.relative(root, f)}:${i + 1}`, length: line.length }))
        .filter((l) => l.length > 160),
    );
    expect(long).toEqual([]);
  });
});
