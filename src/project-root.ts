import { existsSync } from 'node:fs';
import path from 'node:path';

/** The folder with package.json, whether running from src/ (tests) or dist/src/ (npm start). */
export function projectRoot(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${from}`);
    dir = up;
  }
}
