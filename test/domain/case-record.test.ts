import { describe, expect, it } from 'vitest';
import { CaseRecordSchema } from '../../src/domain/case-record';

const valid = {
  schemaVersion: 1,
  reference: 'LAN-2026-000001',
  kind: 'complaint',
  receivedAt: '2026-11-23T10:15:00.000+00:00',
  office: 'lancashire',
  channel: 'webchat',
  locale: 'en-GB',
  risk: { level: 'none', reasons: [] },
  details: 'The Chief Constable ignored our petition.',
  contact: { name: 'Alex Taylor', email: 'alex@example.org', preferredMethod: 'email', consentToContact: true },
  complaint: { about: 'chief-constable', handledBy: 'pcc' },
};

describe('the case record the office ingests', () => {
  it('accepts a complete complaint record', () => {
    expect(CaseRecordSchema.safeParse(valid).success).toBe(true);
  });
  it('refuses a complaint without its complaint block', () => {
    const { complaint: _omit, ...rest } = valid;
    expect(CaseRecordSchema.safeParse(rest).success).toBe(false);
  });
  it('refuses a timestamp without an offset', () => {
    expect(CaseRecordSchema.safeParse({ ...valid, receivedAt: '2026-11-23T10:15:00' }).success).toBe(false);
  });
  it('refuses a malformed reference', () => {
    expect(CaseRecordSchema.safeParse({ ...valid, reference: 'LAN-123' }).success).toBe(false);
  });
  it('refuses a malformed e-mail address in the contact', () => {
    expect(CaseRecordSchema.safeParse({ ...valid, contact: { ...valid.contact, email: 'not-an-address' } }).success).toBe(false);
  });
  it('accepts an anonymous comment', () => {
    expect(CaseRecordSchema.safeParse({ ...valid, kind: 'comment', complaint: undefined, contact: null, comment: { topic: 'Safer roads' } }).success).toBe(true);
  });
  it('needs a transcript on an urgent record', () => {
    const urgent = { ...valid, kind: 'urgent', complaint: undefined, risk: { level: 'high', reasons: ['domestic abuse'] } };
    expect(CaseRecordSchema.safeParse(urgent).success).toBe(false);
    expect(CaseRecordSchema.safeParse({ ...urgent, transcript: [{ from: 'resident', at: '2026-11-23T10:15:00.000Z', text: 'x' }] }).success).toBe(true);
  });
  it('refuses fields it does not know, so a typo cannot slip through', () => {
    expect(CaseRecordSchema.safeParse({ ...valid, detials: 'x' }).success).toBe(false);
  });
});
