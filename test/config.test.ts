import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return [...err.problems];
    throw err;
  }
  return [];
}

describe('configuration from the environment', () => {
  it('comes up with nothing configured, in development mode', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3978);
    expect(c.redis).toBeNull();
    expect(c.smtpUrl).toBeNull();
    expect(c.botAuth).toBeNull();
    expect(c.office.referencePrefix).toBe('LAN');
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('lists every problem at once, each with the variable name', () => {
    const found = problems({ PORT: 'eighty', REDIS_URL: 'http://nope', SMTP_URL: 'mail.example.org', LOG_LEVEL: 'loud' });
    expect(found.map((p) => p.split(':')[0])).toEqual(expect.arrayContaining(['PORT', 'REDIS_URL', 'SMTP_URL', 'LOG_LEVEL']));
    expect(found.find((p) => p.startsWith('REDIS_URL'))).toContain('redis://');
  });

  it('refuses to run without Bot Framework authentication in production', () => {
    const found = problems({ NODE_ENV: 'production', REDIS_URL: 'redis://127.0.0.1:6379', SMTP_URL: 'smtp://127.0.0.1:25' });
    expect(found.some((p) => p.startsWith('MicrosoftAppId'))).toBe(true);
  });

  it('turns authentication on when credentials are given', () => {
    const c = loadConfig({ MicrosoftAppId: 'app', MicrosoftAppPassword: 'secret' });
    expect(c.botAuth).toMatchObject({ MicrosoftAppId: 'app', MicrosoftAppType: 'MultiTenant' });
  });

  it('names the office profile file and field that is wrong', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'office-'));
    const profile = JSON.parse(readFileSync(path.join(__dirname, '../offices/lancashire.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(path.join(dir, 'broken.json'), JSON.stringify({ ...profile, referencePrefix: 'lan', referralServiceId: 'nobody' }));
    const found = problems({ OFFICE: 'broken', OFFICE_PROFILE_DIR: dir });
    expect(found.some((p) => p.includes('referencePrefix'))).toBe(true);
    expect(found.some((p) => p.includes('referralServiceId'))).toBe(true);
  });

  it('says which office is missing', () => {
    expect(problems({ OFFICE: 'atlantis' })[0]).toMatch(/OFFICE: no office profile "atlantis"/);
  });
});
