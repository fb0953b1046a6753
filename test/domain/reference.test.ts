import { describe, expect, it } from 'vitest';
import { formatReference, isReference } from '../../src/domain/reference';

describe('case references', () => {
  it('looks like LAN-2026-000123', () => {
    expect(formatReference('LAN', 2026, 123)).toBe('LAN-2026-000123');
  });
  it('keeps counting past a million without losing digits', () => {
    expect(formatReference('LAN', 2026, 1_234_567)).toBe('LAN-2026-1234567');
    expect(isReference('LAN-2026-1234567')).toBe(true);
  });
  it('refuses a sequence that is not a positive whole number', () => {
    expect(() => formatReference('LAN', 2026, 0)).toThrow(RangeError);
    expect(() => formatReference('LAN', 2026, 1.5)).toThrow(RangeError);
  });
  it('recognises only well-formed references', () => {
    expect(isReference('LAN-2026-000001')).toBe(true);
    expect(isReference('lan-2026-000001')).toBe(false);
    expect(isReference('LAN-26-000001')).toBe(false);
  });
});
