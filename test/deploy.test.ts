import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config';

/**
 * What can be checked of the deployment files without a Docker engine or Azure: that the Dockerfile,
 * compose.yaml and deploy/azure/main.bicep say what package.json, the tsconfigs and src/config.ts say.
 */

const root = path.resolve(__dirname, '..');
const read = (file: string): string => readFileSync(path.join(root, file), 'utf8');

interface PackageJson {
  readonly scripts: Readonly<Record<string, string>>;
  readonly engines?: { readonly node?: string };
  readonly dependencies: Readonly<Record<string, string>>;
  readonly devDependencies: Readonly<Record<string, string>>;
}
const pkg = JSON.parse(read('package.json')) as PackageJson;

function script(name: string): string {
  const s = pkg.scripts[name];
  if (!s) throw new Error(`package.json has no "${name}" script`);
  return s;
}

/** `npm start` and `npm run worker` build first, then run node: the part an image (already built) runs. */
function runPart(name: string): string[] {
  const steps = script(name).split('&&').map((s) => s.trim());
  const node = steps.find((s) => s.startsWith('node '));
  if (!node) throw new Error(`"${name}" runs no node command: ${script(name)}`);
  return node.split(/\s+/);
}

// ---------------------------------------------------------------- src/config.ts: the variables it reads

/** The names in src/config.ts's EnvSchema (z.object({...})), read from the source, not listed here. */
function configVariables(): Set<string> {
  const src = read('src/config.ts');
  const start = src.indexOf('const EnvSchema = z.object({');
  if (start < 0) throw new Error('src/config.ts: no `const EnvSchema = z.object({`');
  const end = src.indexOf('\n});', start);
  const body = src.slice(start, end);
  return new Set([...body.matchAll(/^\s+([A-Za-z_][A-Za-z0-9_]*):\s*opt\(/gm)].map((m) => m[1] as string));
}
const known = configVariables();

// ---------------------------------------------------------------- Dockerfile

interface Instruction {
  readonly op: string;
  readonly args: string;
}

function dockerfile(text: string): Instruction[][] {
  const logical: string[] = [];
  let current = '';
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (/^\s*#/.test(line) && current === '') continue;
    if (/^\s*#/.test(line)) continue; // a comment inside a continued instruction
    if (line.endsWith('\\')) {
      current += `${line.slice(0, -1)} `;
      continue;
    }
    current += line;
    if (current.trim()) logical.push(current.trim());
    current = '';
  }
  const stages: Instruction[][] = [];
  for (const line of logical) {
    const m = /^([A-Za-z]+)\s+([\s\S]*)$/.exec(line);
    if (!m) throw new Error(`Dockerfile: cannot read ${line}`);
    const ins = { op: (m[1] as string).toUpperCase(), args: (m[2] as string).trim() };
    if (ins.op === 'FROM') stages.push([]);
    const stage = stages[stages.length - 1];
    if (!stage) continue; // ARG before the first FROM
    stage.push(ins);
  }
  return stages;
}

const stages = dockerfile(read('Dockerfile'));
const stageName = (s: Instruction[]): string => /\bAS\s+(\S+)/i.exec(s[0]?.args ?? '')?.[1] ?? '';
const buildStage = stages.find((s) => stageName(s) === 'build') ?? [];
const runtime = stages[stages.length - 1] ?? [];
const ops = (stage: Instruction[], op: string): string[] => stage.filter((i) => i.op === op).map((i) => i.args);
const execForm = (args: string): string[] => JSON.parse(args) as string[];

/** Sources of the COPY instructions of a stage (not --from=another stage), as written. */
function copied(stage: Instruction[]): string[] {
  return ops(stage, 'COPY')
    .filter((a) => !a.includes('--from='))
    .flatMap((a) => {
      const parts = a.split(/\s+/).filter((p) => !p.startsWith('--'));
      return parts.slice(0, -1).map((p) => p.replace(/^\.\//, '').replace(/\/$/, ''));
    });
}

/** Every .ts file under src/, with its text. */
function sourceFiles(): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (file.endsWith('.ts')) out.push({ file, text: readFileSync(file, 'utf8') });
    }
  };
  walk(path.join(root, 'src'));
  return out;
}

/** Top-level folders the source finds from the project root at run time: path.join(root | projectRoot(), '<dir>', …). */
function rootFolders(): Set<string> {
  const found = new Set<string>();
  for (const { text } of sourceFiles()) {
    for (const m of text.matchAll(/path\.join\(\s*(?:root|projectRoot\(\))\s*,\s*'([^']+)'/g)) found.add(m[1] as string);
  }
  return found;
}

/** Top-level folders outside src/ that src/ imports from (JSON that tsc copies into dist/). */
function importedFolders(): Set<string> {
  const found = new Set<string>();
  for (const { file, text } of sourceFiles()) {
    for (const m of text.matchAll(/from '(\.\.?\/[^']+)'/g)) {
      const target = path.relative(root, path.resolve(path.dirname(file), m[1] as string));
      const top = target.split(path.sep)[0] as string;
      if (top !== 'src' && !top.startsWith('..')) found.add(top);
    }
  }
  return found;
}

/** The default port of src/config.ts (`port: e.PORT ?? 3978`). */
function defaultPort(): number {
  const m = /port:\s*e\.PORT\s*\?\?\s*(\d+)/.exec(read('src/config.ts'));
  if (!m) throw new Error('src/config.ts: no default port');
  return Number(m[1]);
}

interface TsConfig {
  readonly extends?: string;
  readonly include?: readonly string[];
  readonly compilerOptions?: { readonly outDir?: string; readonly rootDir?: string };
}

/** Where tsc -p tsconfig.build.json writes the JavaScript of a source file. */
function emitted(sourceFile: string): string {
  const build = JSON.parse(read('tsconfig.build.json')) as TsConfig;
  const base = build.extends ? (JSON.parse(read(build.extends)) as TsConfig) : {};
  const outDir = build.compilerOptions?.outDir ?? base.compilerOptions?.outDir;
  const rootDir = build.compilerOptions?.rootDir ?? base.compilerOptions?.rootDir ?? '.';
  if (!outDir) throw new Error('tsconfig: no outDir');
  const include = build.include ?? base.include ?? [];
  if (!include.some((dir) => sourceFile.startsWith(`${dir}/`))) throw new Error(`tsconfig.build.json does not compile ${sourceFile}`);
  return path.posix.join(outDir, path.posix.relative(rootDir, sourceFile)).replace(/\.ts$/, '.js');
}

// ---------------------------------------------------------------- a YAML subset, for compose.yaml

type Yaml = string | number | boolean | null | Yaml[] | { [key: string]: Yaml };

/**
 * No YAML parser is a dependency of this project (the `yaml` package would be the one to add), so this
 * reads the subset compose.yaml keeps to: block mappings and lists, one-line [..] lists, quoted and plain
 * scalars, {} and [], comments. Anything else (anchors, tags, block scalars, flow mappings) is an error,
 * so a file it accepts is also YAML, and means the same.
 */
function parseYaml(text: string): Yaml {
  interface Line {
    readonly no: number;
    readonly indent: number;
    readonly text: string;
  }
  const lines: Line[] = [];
  text.split('\n').forEach((raw, i) => {
    if (/^\t| \t/.test(raw.match(/^\s*/)?.[0] ?? '')) throw new Error(`line ${i + 1}: tab in indentation`);
    const body = stripComment(raw).trimEnd();
    if (!body.trim()) return;
    if (/^(---|\.\.\.)/.test(body)) throw new Error(`line ${i + 1}: document markers are not in the subset`);
    lines.push({ no: i + 1, indent: body.length - body.trimStart().length, text: body.trim() });
  });
  let at = 0;
  const isItem = (l: Line): boolean => l.text === '-' || l.text.startsWith('- ');

  function block(indent: number): Yaml {
    const first = lines[at];
    if (!first) return null;
    return isItem(first) ? list(indent) : mapping(indent);
  }
  function list(indent: number): Yaml[] {
    const out: Yaml[] = [];
    for (let l = lines[at]; l && l.indent === indent && isItem(l); l = lines[at]) {
      at += 1;
      const rest = l.text.slice(1).trim();
      if (rest === '') {
        const next = lines[at];
        out.push(next && next.indent > indent ? block(next.indent) : null);
      } else {
        if (splitKey(rest)) throw new Error(`line ${l.no}: a mapping inside a list item is not in the subset`);
        out.push(scalar(rest, l.no));
      }
    }
    return out;
  }
  function mapping(indent: number): { [key: string]: Yaml } {
    const out: { [key: string]: Yaml } = {};
    for (let l = lines[at]; l && l.indent === indent && !isItem(l); l = lines[at]) {
      const kv = splitKey(l.text);
      if (!kv) throw new Error(`line ${l.no}: expected "key: value", found ${l.text}`);
      const [key, rest] = kv;
      if (Object.prototype.hasOwnProperty.call(out, key)) throw new Error(`line ${l.no}: duplicate key ${key}`);
      at += 1;
      if (rest !== '') {
        out[key] = scalar(rest, l.no);
        continue;
      }
      const next = lines[at];
      if (next && next.indent > indent) out[key] = block(next.indent);
      else if (next && next.indent === indent && isItem(next)) out[key] = list(indent);
      else out[key] = null;
    }
    const stray = lines[at];
    if (stray && stray.indent > indent) throw new Error(`line ${stray.no}: unexpected indentation`);
    return out;
  }
  const result = block(0);
  const left = lines[at];
  if (left) throw new Error(`line ${left.no}: unexpected ${left.text}`);
  return result;

  function stripComment(line: string): string {
    let quote = '';
    for (let i = 0; i < line.length; i += 1) {
      const c = line[i] as string;
      if (quote) {
        if (c === '\\' && quote === '"') i += 1;
        else if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '#' && (i === 0 || /\s/.test(line[i - 1] as string))) return line.slice(0, i);
    }
    return line;
  }
  function splitKey(s: string): [string, string] | null {
    let quote = '';
    for (let i = 0; i < s.length; i += 1) {
      const c = s[i] as string;
      if (quote) {
        if (c === quote) quote = '';
      } else if ((c === '"' || c === "'") && i === 0) quote = c;
      else if (c === '[' || c === '{') return null;
      else if (c === ':' && (i === s.length - 1 || s[i + 1] === ' ')) {
        const key = s.slice(0, i).trim();
        return [/^["']/.test(key) ? String(scalar(key, 0)) : key, s.slice(i + 1).trim()];
      }
    }
    return null;
  }
  function scalar(s: string, no: number): Yaml {
    if (/^[&*!|>%@`]/.test(s)) throw new Error(`line ${no}: ${s[0]} is not in the subset`);
    if (s === '{}') return {};
    if (s.startsWith('{')) throw new Error(`line ${no}: flow mappings are not in the subset`);
    if (s.startsWith('[')) {
      if (!s.endsWith(']')) throw new Error(`line ${no}: unterminated list`);
      const inner = s.slice(1, -1).trim();
      if (!inner) return [];
      const items: string[] = [];
      let quote = '';
      let cur = '';
      for (let i = 0; i < inner.length; i += 1) {
        const c = inner[i] as string;
        if (quote) {
          cur += c;
          if (c === '\\' && quote === '"') cur += inner[++i] ?? '';
          else if (c === quote) quote = '';
        } else if (c === '"' || c === "'") {
          quote = c;
          cur += c;
        } else if (c === ',') {
          items.push(cur.trim());
          cur = '';
        } else if (c === '[' || c === '{') throw new Error(`line ${no}: nested flow collections are not in the subset`);
        else cur += c;
      }
      items.push(cur.trim());
      return items.map((item) => scalar(item, no));
    }
    if (s.startsWith('"')) {
      if (!s.endsWith('"') || s.length < 2) throw new Error(`line ${no}: unterminated string`);
      return JSON.parse(s) as string;
    }
    if (s.startsWith("'")) {
      if (!s.endsWith("'") || s.length < 2) throw new Error(`line ${no}: unterminated string`);
      return s.slice(1, -1).replace(/''/g, "'");
    }
    if (/^(true|false)$/.test(s)) return s === 'true';
    if (/^(null|~)$/.test(s)) return null;
    if (/^(yes|no|on|off|y|n)$/i.test(s)) throw new Error(`line ${no}: quote ${s}: YAML 1.1 reads it as a boolean`);
    if (/^-?\d+(\.\d+)?$/.test(s)) return Number(s);
    if (/: |\s#/.test(s)) throw new Error(`line ${no}: quote ${s}`);
    return s;
  }
}

type YamlMap = { [key: string]: Yaml };
const asMap = (v: Yaml | undefined, what: string): YamlMap => {
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new Error(`${what} is not a mapping`);
  return v;
};
const asList = (v: Yaml | undefined, what: string): Yaml[] => {
  if (!Array.isArray(v)) throw new Error(`${what} is not a list`);
  return v;
};

// Parsed when a check first asks, so that a file outside the subset fails "is YAML", not the whole file.
let composeFile: YamlMap | null = null;
const compose = (): YamlMap => (composeFile ??= asMap(parseYaml(read('compose.yaml')), 'compose.yaml'));
const services = (): YamlMap => asMap(compose()['services'], 'services');
const service = (name: string): YamlMap => asMap(services()[name], `services.${name}`);
const environment = (name: string): YamlMap => asMap(service(name)['environment'], `services.${name}.environment`);

/** compose's ${NAME:-default} → default (what the containers get with nothing set in the shell). */
const composeDefault = (v: Yaml | undefined): string => String(v ?? '').replace(/\$\{[A-Za-z_][A-Za-z0-9_]*:-([^}]*)\}/g, '$1');

// ---------------------------------------------------------------- deploy/azure/main.bicep

const bicep = read('deploy/azure/main.bicep');

/** Bicep without comments and with every string literal (interpolations included) blanked out. */
function bicepCode(src: string): string {
  let out = '';
  let i = 0;
  const str = (): void => {
    // at the opening quote
    i += 1;
    out += "'";
    while (i < src.length) {
      const c = src[i] as string;
      if (c === '\\') {
        i += 2;
        continue;
      }
      if (c === "'") {
        i += 1;
        out += "'";
        return;
      }
      if (c === '$' && src[i + 1] === '{') {
        i += 2;
        let depth = 1;
        while (i < src.length && depth > 0) {
          const d = src[i] as string;
          if (d === "'") {
            str();
            continue;
          }
          if (d === '{') depth += 1;
          if (d === '}') depth -= 1;
          i += 1;
        }
        continue;
      }
      i += 1;
    }
    throw new Error('main.bicep: unterminated string');
  };
  while (i < src.length) {
    const c = src[i] as string;
    if (c === '/' && src[i + 1] === '/') {
      while (i < src.length && src[i] !== '\n') i += 1;
    } else if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      if (end < 0) throw new Error('main.bicep: unterminated comment');
      i = end + 2;
    } else if (c === "'") str();
    else {
      out += c;
      i += 1;
    }
  }
  return out;
}

/** The text of `var <name> = …` up to the bracket that closes its first [ or (. */
function bicepVar(name: string): string {
  const start = bicep.search(new RegExp(`^var ${name} = `, 'm'));
  if (start < 0) throw new Error(`main.bicep: no var ${name}`);
  let i = bicep.indexOf('=', start) + 1;
  while (i < bicep.length && !'[('.includes(bicep[i] as string)) i += 1;
  let depth = 0;
  for (let j = i; j < bicep.length; j += 1) {
    const c = bicep[j] as string;
    if (c === '[' || c === '(') depth += 1;
    if (c === ']' || c === ')') depth -= 1;
    if (depth === 0) return bicep.slice(start, j + 1);
  }
  throw new Error(`main.bicep: var ${name} does not close`);
}

interface BicepEnv {
  readonly name: string;
  readonly value: string | null; // a literal value, or null for an expression or a secretRef
  readonly secretRef: string | null;
}

function bicepEnv(varName: string): BicepEnv[] {
  return [...bicepVar(varName).matchAll(/name: '([^']+)'\s*\n\s*(value|secretRef): (.+)/g)].map((m) => {
    const kind = m[2] as string;
    const raw = (m[3] as string).trim();
    const literal = /^'([^'$]*)'$/.exec(raw)?.[1] ?? null;
    return { name: m[1] as string, value: kind === 'value' ? literal : null, secretRef: kind === 'secretRef' ? /^'([^']+)'$/.exec(raw)?.[1] ?? raw : null };
  });
}

const webEnv = [...bicepEnv('sharedEnv'), ...bicepEnv('webEnv')];
const workerEnv = [...bicepEnv('sharedEnv'), ...bicepEnv('workerEnv')];

/** Stand-ins for what Azure fills in at deployment (keys, host names, parameters), per variable. */
const azureStandIns: Readonly<Record<string, string>> = {
  OFFICE: 'lancashire',
  MAIL_FROM: 'Lancashire PCC <contact-bot@example.org>',
  REDIS_URL: 'rediss://:a%2Fb%2Bc%3D@pcc-redis.redis.cache.windows.net:6380/0',
  SMTP_URL: 'smtp://user:pass@smtp.azurecomm.net:587',
  MicrosoftAppId: '11111111-1111-1111-1111-111111111111',
  MicrosoftAppPassword: 'secret',
  MicrosoftAppTenantId: '22222222-2222-2222-2222-222222222222',
  DIRECTLINE_SECRET: 'direct-line-secret',
  DIRECTLINE_URL: 'https://directline.botframework.com',
  AZURE_LANGUAGE_ENDPOINT: 'https://pcc-language.cognitiveservices.azure.com/',
  AZURE_LANGUAGE_KEY: 'language-key',
  STAFF_TENANT_ID: '22222222-2222-2222-2222-222222222222',
  PUBLIC_URL: 'https://pcc-web.example.azurecontainerapps.io',
  WORKER_CONCURRENCY: '5',
};

function asDeployed(env: readonly BicepEnv[]): Record<string, string> {
  return Object.fromEntries(
    env.map((e) => {
      const v = e.value ?? azureStandIns[e.name];
      if (v === undefined) throw new Error(`no stand-in value for ${e.name}: add one to azureStandIns`);
      return [e.name, v];
    }),
  );
}

function configProblems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (err) {
    if (err instanceof ConfigError) return [...err.problems];
    throw err;
  }
}

// ---------------------------------------------------------------- a health check, run for real

/** Runs a node health-check command with PORT pointing at `port`; its exit code. */
function runCheck(argv: readonly string[], port: number): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, argv.slice(1), { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

async function withServer<T>(healthz: number, fn: (port: number) => Promise<T>): Promise<T> {
  const server = createServer((req, res) => {
    res.statusCode = req.url === '/healthz' ? healthz : 404;
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    return await fn((server.address() as AddressInfo).port);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

async function unusedPort(): Promise<number> {
  return withServer(200, async (port) => port); // closed again when this returns
}

async function expectChecksHealthz(argv: readonly string[]): Promise<void> {
  expect(argv[0]).toBe('node');
  await withServer(200, async (port) => expect(await runCheck(argv, port)).toBe(0));
  await withServer(503, async (port) => expect(await runCheck(argv, port)).not.toBe(0));
  expect(await runCheck(argv, await unusedPort())).not.toBe(0);
}

// ================================================================= the checks

describe('the Dockerfile', () => {
  it('builds on the Node major that package.json (and .nvmrc, if any) asks for', () => {
    const major = /(\d+)/.exec(pkg.engines?.node ?? '')?.[1];
    expect(major, 'package.json engines.node').toBeDefined();
    if (existsSync(path.join(root, '.nvmrc'))) expect(/(\d+)/.exec(read('.nvmrc'))?.[1]).toBe(major);
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(stage[0]?.args).toMatch(new RegExp(`^node:${major}-bookworm-slim\\b`));
  });

  it('compiles with npm ci and package.json\'s build script, from the files that script reads', () => {
    const runs = ops(buildStage, 'RUN');
    expect(runs.some((r) => /^npm ci\b/.test(r))).toBe(true);
    expect(runs).toContain('npm run build');
    const build = script('build');
    const project = /tsc -p (\S+)/.exec(build)?.[1];
    expect(project, `"build" is ${build}`).toBeDefined();
    const tsconfig = JSON.parse(read(project as string)) as TsConfig;
    const inputs = copied(buildStage);
    expect(inputs).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', project as string, ...(tsconfig.extends ? [tsconfig.extends.replace(/^\.\//, '')] : [])]));
    expect(inputs).toEqual(expect.arrayContaining([...(tsconfig.include ?? []), ...importedFolders()]));
  });

  it('runs the server where `npm start` runs it, as the node user, in production, on config\'s default port', () => {
    const cmd = execForm(ops(runtime, 'CMD').at(-1) ?? '[]');
    expect(cmd).toEqual(runPart('start'));
    expect(cmd[cmd.length - 1]).toBe(emitted('src/server.ts'));
    expect(ops(runtime, 'USER').at(-1)).toBe('node');
    expect(ops(runtime, 'ENV')).toContain('NODE_ENV=production');
    expect(ops(runtime, 'EXPOSE')).toEqual([String(defaultPort())]);
  });

  it('installs production dependencies only, without install scripts, and has every package the server reads from node_modules', () => {
    const install = ops(runtime, 'RUN').find((r) => /\bnpm ci\b/.test(r)) ?? '';
    expect(install).toMatch(/--omit=dev\b/);
    // --omit=dev alone would fail: botbuilder-dialogs' postinstall runs `npx rimraf`, a devDependency here.
    // Skipping it is safe only while that is all its install scripts do: prune nested recognizer copies.
    expect(install).toMatch(/--ignore-scripts\b/);
    const dialogs = JSON.parse(read('node_modules/botbuilder-dialogs/package.json')) as { scripts?: Record<string, string> };
    const s = dialogs.scripts ?? {};
    expect(s['preinstall'] ?? '').toBe('');
    expect(s['install'] ?? '').toBe('');
    const steps = (s['postinstall'] ?? '').split('&&').map((x) => x.trim().replace(/^npm run /, ''));
    for (const step of steps) expect(s[step], step).toMatch(/^npx rimraf \.\.\/@microsoft\/recognizers-text-[a-z-]+\/node_modules\/@microsoft\/recognizers-text-number$/);
    // The server resolves these packages from node_modules at run time: they must not be devDependencies.
    const resolved = new Set<string>();
    for (const file of ['src/http/web/web-chat.ts', 'src/services/language-detector.ts']) {
      for (const m of read(file).matchAll(/resolve(?:\.paths)?\('([^']+)'\)/g)) resolved.add(m[1] as string);
    }
    expect([...resolved].sort()).toEqual(['botframework-webchat', 'eld']);
    for (const name of resolved) expect(pkg.dependencies[name], name).toBeDefined();
  });

  it('carries every folder the app finds from the project root, and a data folder the node user can write', () => {
    const folders = rootFolders();
    expect([...folders].sort()).toEqual(expect.arrayContaining(['locales', 'offices', 'web']));
    const inImage = copied(runtime);
    // projectRoot() is the folder with package.json: without it, nothing is found.
    expect(inImage).toContain('package.json');
    expect(ops(runtime, 'COPY').some((c) => /^--from=build\s+\/app\/dist\s+\.\/dist$/.test(c))).toBe(true);
    for (const folder of folders) {
      if (folder === '.data') {
        // DATA_DIR's default: the urgent journal is written there.
        expect(ops(runtime, 'RUN').some((r) => r.includes('mkdir -p /app/.data') && r.includes('chown node:node /app/.data'))).toBe(true);
      } else expect(inImage, folder).toContain(folder);
    }
    expect(ops(runtime, 'WORKDIR').at(-1)).toBe('/app');
  });

  it('has a HEALTHCHECK that asks /healthz with node and fails when /healthz does', async () => {
    const hc = ops(runtime, 'HEALTHCHECK').at(-1) ?? '';
    const cmd = /\bCMD\s+(\[.*\])$/.exec(hc)?.[1];
    expect(cmd, 'HEALTHCHECK ... CMD ["node", ...]').toBeDefined();
    await expectChecksHealthz(execForm(cmd as string));
  });

  it('has a .dockerignore that keeps out builds, local data and secrets, and nothing the Dockerfile copies', () => {
    const patterns = read('.dockerignore')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    const glob = (p: string): RegExp => new RegExp(`^${p.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}(/.*)?$`);
    const ignored = (file: string): boolean => patterns.some((p) => !p.startsWith('!') && glob(p).test(file));
    for (const file of ['node_modules', 'dist/.tsbuildinfo', '.data/urgent-journal/x.json', '.env', '.env.production', '.git', 'test-results', 'appPackage.zip']) {
      expect(ignored(file), file).toBe(true);
    }
    for (const stage of stages) for (const file of copied(stage)) expect(ignored(file), file).toBe(false);
  });
});

describe('compose.yaml', () => {
  it('is YAML, with the four services', () => {
    expect(Object.keys(services()).sort()).toEqual(['mail', 'redis', 'web', 'worker']);
  });

  it('sets only variables src/config.ts reads', () => {
    expect(known.size).toBeGreaterThan(30);
    expect(known).toContain('REDIS_URL');
    for (const name of ['web', 'worker']) {
      const unknown = Object.keys(environment(name)).filter((v) => !known.has(v));
      expect(unknown, `services.${name}.environment`).toEqual([]);
    }
  });

  it('runs the web process with WORKERS=none and the worker with `npm run worker`\'s command, from one image', () => {
    expect(environment('web')['WORKERS']).toBe('none');
    expect(service('web')['command']).toBeUndefined(); // the image's CMD: the server
    expect(service('worker')['command']).toEqual(runPart('worker'));
    expect(runPart('worker').at(-1)).toBe(emitted('src/worker.ts'));
    expect(service('worker')['image']).toBe(service('web')['image']);
    expect(asMap(service('web')['build'], 'web.build')['context']).toBe('.');
    expect(asList(service('web')['ports'], 'web.ports')).toContain(`${defaultPort()}:${defaultPort()}`);
  });

  it('points REDIS_URL at the redis service and SMTP_URL at the mail catcher, and both come up as configured', () => {
    for (const name of ['web', 'worker']) {
      const env = environment(name);
      const redis = new URL(String(env['REDIS_URL']));
      expect(redis.hostname).toBe('redis');
      const smtp = new URL(String(env['SMTP_URL']));
      expect([smtp.hostname, smtp.port]).toEqual(['mail', '1025']);
      const asStarted = Object.fromEntries(Object.entries(env).map(([k, v]) => [k, composeDefault(v)]));
      expect(configProblems(asStarted), name).toEqual([]);
    }
    expect(String(service('mail')['image'])).toMatch(/^axllent\/mailpit:/);
    expect(asList(service('mail')['ports'], 'mail.ports').map(String).some((p) => p.endsWith(':8025'))).toBe(true);
  });

  it('gives redis AOF with appendfsync everysec, noeviction and a volume', () => {
    const cmd = asList(service('redis')['command'], 'redis.command').map(String);
    const flag = (name: string): string | undefined => cmd[cmd.indexOf(name) + 1];
    expect(String(service('redis')['image'])).toMatch(/^redis:7\b/);
    expect(cmd[0]).toBe('redis-server');
    expect(flag('--appendonly')).toBe('yes');
    expect(flag('--appendfsync')).toBe('everysec');
    expect(flag('--maxmemory-policy')).toBe('noeviction');
    const volume = asList(service('redis')['volumes'], 'redis.volumes').map(String).find((v) => v.endsWith(':/data'));
    expect(volume).toBeDefined();
    expect(Object.keys(asMap(compose()['volumes'], 'volumes'))).toContain((volume as string).split(':')[0]);
  });

  it('starts web and worker only once what they depend on is healthy, and checks the web on /healthz', async () => {
    for (const name of ['web', 'worker']) {
      const deps = asMap(service(name)['depends_on'], `${name}.depends_on`);
      expect(Object.keys(deps).sort()).toEqual(['mail', 'redis']);
      for (const [dep, how] of Object.entries(deps)) {
        expect(asMap(how, `${name}.depends_on.${dep}`)['condition']).toBe('service_healthy');
        expect(asList(asMap(service(dep)['healthcheck'], `${dep}.healthcheck`)['test'], `${dep}.healthcheck.test`)[0]).toBe('CMD');
      }
    }
    // The worker serves no HTTP, so the image's /healthz check must not run there.
    expect(asMap(service('worker')['healthcheck'], 'worker.healthcheck')['disable']).toBe(true);
    const test = asList(asMap(service('web')['healthcheck'], 'web.healthcheck')['test'], 'web.healthcheck.test').map(String);
    expect(test[0]).toBe('CMD');
    await expectChecksHealthz(test.slice(1));
  });
});

describe('deploy/azure/main.bicep', () => {
  const code = bicepCode(bicep);

  it('is balanced and uses dated, non-preview API versions', () => {
    for (const [open, close] of [['{', '}'], ['[', ']'], ['(', ')']] as const) {
      expect(code.split(open).length, `${open}${close}`).toBe(code.split(close).length);
    }
    const types = [...bicep.matchAll(/^resource \w+ '([\w.]+\/[\w/]+)@([^']+)'/gm)].map((m) => [m[1] as string, m[2] as string] as const);
    expect(types.length).toBeGreaterThan(10);
    for (const [type, version] of types) expect(version, type).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(types.map(([t]) => t)).toEqual(
      expect.arrayContaining([
        'Microsoft.BotService/botServices',
        'Microsoft.BotService/botServices/channels',
        'Microsoft.Cache/redis',
        'Microsoft.CognitiveServices/accounts',
        'Microsoft.App/managedEnvironments',
        'Microsoft.App/containerApps',
      ]),
    );
  });

  it('registers a single-tenant Azure Bot on /api/messages, with Teams and Direct Line', () => {
    expect(bicep).toMatch(/kind: 'azurebot'/);
    expect(bicep).toMatch(/msaAppType: 'SingleTenant'/);
    expect(bicep).toMatch(/msaAppTenantId: msaAppTenantId/);
    expect(bicep).toMatch(/endpoint: '\$\{publicUrl\}\/api\/messages'/);
    expect(read('src/http/messages.ts')).toContain("server.post('/api/messages'");
    expect(bicep).toMatch(/channelName: 'MsTeamsChannel'/);
    expect(bicep).toMatch(/channelName: 'DirectLineChannel'[\s\S]*isV3Enabled: true/);
    expect(bicep).toMatch(/kind: 'TextAnalytics'/);
  });

  it('sets only variables src/config.ts reads, and every one production needs', () => {
    for (const env of [webEnv, workerEnv]) {
      expect(env.length).toBeGreaterThan(10);
      expect(env.filter((e) => !known.has(e.name)).map((e) => e.name)).toEqual([]);
      expect(env.map((e) => e.name)).toEqual(
        expect.arrayContaining([
          'NODE_ENV', 'REDIS_URL', 'SMTP_URL', 'OFFICE', 'MicrosoftAppType', 'MicrosoftAppId', 'MicrosoftAppPassword',
          'MicrosoftAppTenantId', 'DIRECTLINE_SECRET', 'AZURE_LANGUAGE_ENDPOINT', 'AZURE_LANGUAGE_KEY',
        ]),
      );
      expect(new Set(env.map((e) => e.name)).size, 'a variable set twice').toBe(env.length);
    }
    // Every container's env is one of the lists checked here.
    const envRefs = [...code.matchAll(/^\s+env: (?:(\w+)|concat\((\w+), workerLaneEnv\[lane\]\))\s*$/gm)].map((m) => m[1] ?? m[2]);
    expect(envRefs.sort()).toEqual(['webEnv', 'workerEnv']);
    // The production layout (README): one worker for the urgent queue alone, one for the others.
    const lanes = [...bicep.matchAll(/name: 'WORKER_QUEUES'\s+value: '(\w+)'/g)].map((m) => m[1]);
    expect(lanes.sort()).toEqual(['ordinary', 'urgent']);
    for (const lane of lanes) expect(loadConfig(asDeployed([...workerEnv, { name: 'WORKER_QUEUES', value: lane ?? '', secretRef: null }])).workers.queues).toBe(lane);
    const value = (env: readonly BicepEnv[], name: string): string | null | undefined => env.find((e) => e.name === name)?.value;
    expect(value(webEnv, 'WORKERS')).toBe('none');
    expect(webEnv.some((e) => e.name === 'PUBLIC_URL')).toBe(true);
    expect(value(webEnv, 'NODE_ENV')).toBe('production');
    expect(value(webEnv, 'MicrosoftAppType')).toBe('SingleTenant');
  });

  it('configures both processes so that production start-up accepts them', () => {
    expect(configProblems(asDeployed(webEnv))).toEqual([]);
    expect(configProblems(asDeployed(workerEnv))).toEqual([]);
    expect(loadConfig(asDeployed(webEnv)).workers.inProcess).toBe(false);
  });

  it('keeps secrets in Container Apps secrets, each one declared', () => {
    const declared = [...bicepVar('secrets').matchAll(/name: '([^']+)'/g)].map((m) => m[1]);
    const refs = [...webEnv, ...workerEnv].filter((e) => e.secretRef).map((e) => e.secretRef);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(declared).toContain(ref);
    for (const name of ['MicrosoftAppPassword', 'REDIS_URL', 'SMTP_URL', 'DIRECTLINE_SECRET', 'AZURE_LANGUAGE_KEY']) {
      expect(webEnv.find((e) => e.name === name)?.secretRef, name).toBeTruthy();
    }
  });

  it('runs the worker with `npm run worker`\'s command and the web with the image\'s CMD, on config\'s port', () => {
    const list = [...bicepVar('workerCommand').matchAll(/'([^']*)'/g)].map((m) => m[1]);
    expect(list).toEqual(runPart('worker'));
    expect(code).toMatch(/command: workerCommand/);
    expect([...code.matchAll(/^\s+command: /gm)].length).toBe(1);
    const port = String(defaultPort());
    expect(bicep).toMatch(new RegExp(`targetPort: ${port}\\b`));
    for (const m of bicep.matchAll(/path: '([^']+)'\s*\n\s*port: (\d+)/g)) {
      expect(m[2]).toBe(port);
      expect(['/healthz', '/readyz']).toContain(m[1]);
    }
  });

  it('builds REDIS_URL for TLS and gives the cache AOF persistence and noeviction', () => {
    expect(bicep).toMatch(/var redisUrl = 'rediss:\/\/:\$\{uriComponent\(redis\.listKeys\(\)\.primaryKey\)\}@\$\{redis\.properties\.hostName\}:\$\{redis\.properties\.sslPort\}/);
    expect(bicep).toMatch(/enableNonSslPort: false/);
    const config = /redisConfiguration: \{([^}]*)\}/.exec(bicep)?.[1] ?? '';
    expect(config).toMatch(/'maxmemory-policy': 'noeviction'/);
    // Azure's AOF writes the log at least once a second: appendfsync everysec, which it does not let one set.
    expect(config).toMatch(/'aof-backup-enabled': 'true'/);
    expect(bicep).toMatch(/name: 'Premium'/);
  });

  it('has an example parameters file that gives every required parameter, secrets from Key Vault', () => {
    const params = new Map<string, { required: boolean; secure: boolean }>();
    let decorators: string[] = [];
    for (const line of bicep.split('\n')) {
      if (line.startsWith('@')) decorators.push(line);
      const m = /^param (\w+) \w+( = .+)?$/.exec(line);
      if (m) {
        params.set(m[1] as string, { required: !m[2], secure: decorators.some((d) => d.startsWith('@secure()')) });
        decorators = [];
      } else if (!line.startsWith('@')) decorators = [];
    }
    const example = JSON.parse(read('deploy/azure/main.parameters.example.json')) as { parameters: Record<string, { value?: unknown; reference?: unknown }> };
    for (const name of Object.keys(example.parameters)) expect(params.has(name), `${name} is not a parameter of main.bicep`).toBe(true);
    for (const [name, p] of params) {
      if (p.required) expect(example.parameters[name], name).toBeDefined();
      if (p.secure && example.parameters[name]) expect(example.parameters[name]?.reference, `${name}: a Key Vault reference`).toBeDefined();
    }
    expect([...params].filter(([, p]) => p.secure).map(([n]) => n).sort()).toEqual(['msaAppPassword', 'smtpUrl']);
  });
});
