import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ManifestUtil } from '@microsoft/app-manifest';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import type { OfficeProfile } from '../src/domain/office-profile';

/** The Teams app manifest schema the package is built for (bundled with @microsoft/app-manifest: no network needed). */
export const MANIFEST_VERSION = '1.25';
const SCHEMA_URL = `https://developer.microsoft.com/en-us/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface TeamsAppOptions {
  /** MicrosoftAppId: the bot's Entra app id, which is also the Teams app's id. */
  readonly appId: string;
  readonly profile: OfficeProfile;
  /** The bot's public base URL (PUBLIC_URL), for validDomains; optional. */
  readonly publicUrl: string | null;
  /** The package's own version, e.g. package.json's. */
  readonly version: string;
}

/** A square icon: the office's colour with a white speech bubble (color), or the bubble alone on transparent (outline). */
function icon(size: number, outline: boolean): Buffer {
  const png = new PNG({ width: size, height: size });
  const [r, g, b] = [0x1d, 0x3c, 0x6e];
  const inBubble = (x: number, y: number): boolean => {
    const u = x / size;
    const v = y / size;
    const body = u > 0.2 && u < 0.8 && v > 0.22 && v < 0.62;
    const tail = v >= 0.62 && v < 0.78 && u > 0.3 && u < 0.3 + (0.78 - v) * 1.2;
    return body || tail;
  };
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      const white = inBubble(x, y);
      if (outline) png.data.set(white ? [255, 255, 255, 255] : [0, 0, 0, 0], i);
      else png.data.set(white ? [255, 255, 255, 255] : [r, g, b, 255], i);
    }
  }
  return PNG.sync.write(png);
}

/** The manifest: a bot for the office's team (the staff desk) and personal chats (the queue, and residents). */
export function teamsManifest(o: TeamsAppOptions): Record<string, unknown> {
  if (!GUID.test(o.appId)) throw new Error(`MicrosoftAppId must be the bot's Entra app id (a GUID), not "${o.appId}"`);
  const p = o.profile;
  const host = o.publicUrl ? new URL(o.publicUrl).host : null;
  const commands = [
    { title: 'queue', description: 'Open cases, urgent first, then oldest first' },
    { title: 'my cases', description: 'Open cases you hold' },
    { title: 'urgent', description: 'Open urgent cases' },
    { title: 'overdue', description: 'Cases past their deadline' },
    { title: 'case', description: 'One case: case LAN-2026-000123' },
  ];
  return {
    $schema: SCHEMA_URL,
    manifestVersion: MANIFEST_VERSION,
    version: o.version,
    id: o.appId,
    developer: { name: p.shortName.slice(0, 32), websiteUrl: p.contact.web, privacyUrl: p.links.privacy, termsOfUseUrl: p.contact.web },
    name: { short: `${p.shortName} contact`.slice(0, 30), full: `${p.name}: online contact service`.slice(0, 100) },
    description: {
      short: `The staff desk of the ${p.shortName} online contact service`.slice(0, 80),
      full: `Cases from the ${p.name} online contact service, posted to the office's staff channel as cards to claim, acknowledge, note and resolve, with live chat with the resident. Urgent disclosures are acknowledged by a named person within the office's deadline or escalated.`.slice(0, 4000),
    },
    icons: { color: 'color.png', outline: 'outline.png' },
    accentColor: '#1D3C6E',
    bots: [{ botId: o.appId, scopes: ['team', 'personal'], supportsFiles: false, isNotificationOnly: false, commandLists: [{ scopes: ['team', 'personal'], commands }] }],
    permissions: ['identity', 'messageTeamMembers'],
    validDomains: host ? [host] : [],
  };
}

/** The bundled JSON schema for the manifest version (the same workaround for one bad regex as the library's own fetch). */
function bundledSchema(): Parameters<typeof ManifestUtil.validateManifestAgainstSchema>[1] {
  const file = path.join(path.dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', 'teams', `v${MANIFEST_VERSION}`, 'MicrosoftTeams.schema.json');
  return JSON.parse(readFileSync(file, 'utf8').replace(/\\a/g, '\\x07')) as Parameters<typeof ManifestUtil.validateManifestAgainstSchema>[1];
}

/** Problems with the manifest against the Teams schema (empty when it is valid). */
export async function manifestProblems(manifest: Record<string, unknown>): Promise<string[]> {
  return ManifestUtil.validateManifestAgainstSchema(manifest as never, bundledSchema() as never);
}

/** appPackage.zip's bytes: manifest.json, color.png (192 px), outline.png (32 px); refused if the manifest is not valid. */
export async function teamsAppPackage(o: TeamsAppOptions): Promise<Buffer> {
  const manifest = teamsManifest(o);
  const problems = await manifestProblems(manifest);
  if (problems.length > 0) throw new Error(`the Teams manifest is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  const zip = new JSZip();
  zip.file('manifest.json', JSON.stringify(manifest, null, 2));
  zip.file('color.png', icon(192, false));
  zip.file('outline.png', icon(32, true));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
