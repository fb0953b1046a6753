// npm run teams:package: builds appPackage.zip, the Teams app an office uploads to add the bot to its team.
// Reads MicrosoftAppId, OFFICE and PUBLIC_URL from the environment, as the bot does.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig } from '../src/config';
import { projectRoot } from '../src/project-root';
import { teamsAppPackage } from './teams-app';

async function main(): Promise<void> {
  const appId = process.env['MicrosoftAppId'] ?? '';
  if (!appId) {
    console.error('Set MicrosoftAppId to the bot\'s Entra app id (the same value the bot runs with), then run npm run teams:package again.');
    process.exit(2);
  }
  // Only the office profile and PUBLIC_URL are read: packaging needs no password.
  const config = loadConfig({ ...process.env, MicrosoftAppId: '', MicrosoftAppPassword: '', NODE_ENV: 'development' });
  const root = projectRoot();
  const version = (JSON.parse((await import('node:fs')).readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const zip = await teamsAppPackage({ appId, profile: config.office, publicUrl: config.publicUrl, version });
  const out = path.join(root, 'appPackage.zip');
  writeFileSync(out, zip);
  console.log(`wrote ${out} (${zip.length} bytes) for ${config.office.name}, app id ${appId}: valid against the Teams manifest schema`);
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? err.message : (err as Error).message);
  process.exit(1);
});
