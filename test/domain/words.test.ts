import { describe, expect, it } from 'vitest';
import { editDistance, normaliseWords } from '../../src/domain/words';

/** The textbook optimal-string-alignment distance, table and all, to check the fast one against. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      row[j] = Math.min(up[j]! + 1, row[j - 1]! + 1, up[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, (d[i - 2] as number[])[j - 2]! + 1);
    }
  }
  return (d[a.length] as number[])[b.length]!;
}

describe('the typo distance', () => {
  it('agrees with the textbook table on many random pairs, up to its cap', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const word = () => Array.from({ length: rand(12) }, () => 'abcde'[rand(5)]).join('');
    for (let k = 0; k < 5000; k++) {
      const [a, b, max] = [word(), word(), 1 + rand(3)];
      expect(editDistance(a, b, max)).toBe(Math.min(reference(a, b), max + 1));
    }
    // Longer than its first buffers.
    expect(editDistance('a'.repeat(200), `${'a'.repeat(199)}b`, 2)).toBe(1);
  });

  it('reads a resident’s typos in the words the routes hinge on, and leaves other words alone', () => {
    expect(normaliseWords('I want to make a complant about an oficer')).toBe('i want to make a complaint about an officer');
    expect(normaliseWords('Comissioner’s office')).toBe("commissioner's office");
    expect(normaliseWords('from the form')).toBe('from the form');
  });
});
