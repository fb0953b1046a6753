import path from 'node:path';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { manifestProblems, teamsAppPackage, teamsManifest } from '../scripts/teams-app';
import { loadOfficeProfile } from '../src/config';

const profile = loadOfficeProfile('lancashire', path.join(__dirname, '..', 'offices'));
const APP_ID = '5a1d7c3e-0000-4000-8000-00000000abcd';

describe('the Teams app package (npm run teams:package)', () => {
  it('holds a manifest valid against the Teams schema, with the bot in team and personal scopes, and its two icons', async () => {
    const zip = await JSZip.loadAsync(await teamsAppPackage({ appId: APP_ID, profile, publicUrl: 'https://contact.lancashire-pcc.example', version: '1.2.3' }));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as Record<string, unknown> & { bots: { botId: string; scopes: string[] }[] };
    expect(await manifestProblems(manifest)).toEqual([]);
    expect(manifest['id']).toBe(APP_ID);
    expect(manifest.bots[0]).toMatchObject({ botId: APP_ID, scopes: ['team', 'personal'] });
    expect(manifest['validDomains']).toEqual(['contact.lancashire-pcc.example']);
    const color = PNG.sync.read(await zip.file('color.png')!.async('nodebuffer'));
    const outline = PNG.sync.read(await zip.file('outline.png')!.async('nodebuffer'));
    expect([color.width, color.height, outline.width, outline.height]).toEqual([192, 192, 32, 32]);
    // Teams wants the outline white on transparent, nothing else.
    for (let i = 0; i < outline.data.length; i += 4) {
      const [r, g, b, a] = [outline.data[i], outline.data[i + 1], outline.data[i + 2], outline.data[i + 3]];
      expect(a === 0 || (r === 255 && g === 255 && b === 255)).toBe(true);
    }
  });

  it('refuses an app id that is not a GUID, and a manifest the schema does not accept', async () => {
    expect(() => teamsManifest({ appId: 'my-bot', profile, publicUrl: null, version: '1.0.0' })).toThrow(/GUID/);
    const bad = { ...teamsManifest({ appId: APP_ID, profile, publicUrl: null, version: '1.0.0' }), bots: [{ botId: APP_ID, scopes: ['everywhere'] }] };
    expect((await manifestProblems(bad)).join('\n')).toMatch(/scopes/);
  });
});
