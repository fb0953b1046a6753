/**
 * The chart of `npm run bench`, as SVG with no dependency: the latency distribution of each bot
 * at each concurrency level (the latest run), and the full/echo ratio of turns/s over every run
 * in bench/results (oldest first). bench.ts draws it after each run; to redraw it on its own:
 *
 *   tsc -p tsconfig.json --outDir .dev-build && node .dev-build/bench/chart.js [results-dir] [out.svg]
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Percentiles of a set of latencies, in milliseconds. */
export interface Distribution {
  readonly n: number;
  readonly min: number;
  readonly p5: number;
  readonly p10: number;
  readonly p25: number;
  readonly p50: number;
  readonly p75: number;
  readonly p90: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  readonly mean: number;
}

export type BotName = 'echo' | 'full' | 'split';

export const BOT_LABELS: Readonly<Record<BotName, string>> = {
  echo: 'echo (bare botbuilder)',
  full: 'full bot, in-process workers',
  split: 'full bot, production layout (web + urgent worker + ordinary worker)',
};

/** What the chart needs of a results file (bench.ts writes much more). */
export interface ChartInput {
  readonly startedAt: string;
  readonly mode: string;
  readonly throughput: readonly {
    readonly concurrency: number;
    /** Latencies of every measured turn of every pair, pooled, by bot. */
    readonly latency: Partial<Record<BotName, Distribution>>;
    /** Median over pairs of (bot's turns/s ÷ echo's turns/s in the same pair). */
    readonly ratio: Partial<Record<Exclude<BotName, 'echo'>, number>>;
  }[];
}

const COLOURS: Readonly<Record<BotName, string>> = { echo: '#7f7f7f', full: '#1f77b4', split: '#ff7f0e' };
const LEVEL_COLOURS = ['#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#17becf'];

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const fmt = (v: number): string => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));

function text(x: number, y: number, s: string, attrs = ''): string {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" ${attrs}>${esc(s)}</text>`;
}

/** The SVG: latency boxes of the latest run on top, the ratio over runs below. */
export function renderChart(latest: ChartInput, history: readonly ChartInput[]): string {
  const W = 960;
  const out: string[] = [];
  const bots = (['echo', 'full', 'split'] as const).filter((b) => latest.throughput.some((l) => l.latency[b]));

  // Panel 1: latency, log scale.
  const p1 = { x: 80, y: 70, w: W - 110, h: 330 };
  const all = latest.throughput.flatMap((l) => bots.flatMap((b) => { const d = l.latency[b]; return d ? [d.p5, d.p99] : []; })).filter((v) => v > 0 && Number.isFinite(v));
  const lo = Math.pow(10, Math.floor(Math.log10(Math.max(0.01, Math.min(...all, 1)))));
  const hi = Math.pow(10, Math.ceil(Math.log10(Math.max(...all, 10))));
  const y = (v: number): number => p1.y + p1.h - ((Math.log10(Math.max(v, lo)) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo))) * p1.h;
  out.push(text(p1.x, 28, `Turn latency (post → the turn's reply at the channel), ms, log scale: ${latest.startedAt.slice(0, 10)} (${latest.mode})`, 'font-size="16" font-weight="bold"'));
  out.push(text(p1.x, 48, 'box: p25–p75, line: median, whiskers: p5–p99, labels: p50 / p99', 'font-size="12" fill="#555"'));
  for (let d = lo; d <= hi * 1.0001; d *= 10) {
    for (const m of [1, 2, 5]) {
      const v = d * m;
      if (v > hi * 1.0001) break;
      out.push(`<line x1="${p1.x}" x2="${p1.x + p1.w}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="${m === 1 ? '#ccc' : '#eee'}"/>`);
      out.push(text(p1.x - 6, y(v) + 4, v >= 1 ? String(Math.round(v)) : String(Number(v.toPrecision(1))), 'font-size="11" text-anchor="end" fill="#555"'));
    }
  }
  out.push(`<rect x="${p1.x}" y="${p1.y}" width="${p1.w}" height="${p1.h}" fill="none" stroke="#999"/>`);
  const groupW = p1.w / Math.max(1, latest.throughput.length);
  const boxW = Math.min(60, (groupW * 0.8) / Math.max(1, bots.length));
  latest.throughput.forEach((level, gi) => {
    const gx = p1.x + gi * groupW;
    out.push(text(gx + groupW / 2, p1.y + p1.h + 20, `${level.concurrency} concurrent conversation${level.concurrency === 1 ? '' : 's'}`, 'font-size="13" text-anchor="middle"'));
    bots.forEach((b, bi) => {
      const d = level.latency[b];
      if (!d) return;
      const cx = gx + groupW / 2 + (bi - (bots.length - 1) / 2) * (boxW + 8);
      const c = COLOURS[b];
      out.push(`<line x1="${cx}" x2="${cx}" y1="${y(d.p99).toFixed(1)}" y2="${y(d.p5).toFixed(1)}" stroke="${c}" stroke-width="1.5"/>`);
      for (const v of [d.p5, d.p99]) out.push(`<line x1="${cx - boxW / 4}" x2="${cx + boxW / 4}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="${c}" stroke-width="1.5"/>`);
      out.push(`<rect x="${(cx - boxW / 2).toFixed(1)}" y="${y(d.p75).toFixed(1)}" width="${boxW.toFixed(1)}" height="${Math.max(1, y(d.p25) - y(d.p75)).toFixed(1)}" fill="${c}" fill-opacity="0.35" stroke="${c}"/>`);
      out.push(`<line x1="${(cx - boxW / 2).toFixed(1)}" x2="${(cx + boxW / 2).toFixed(1)}" y1="${y(d.p50).toFixed(1)}" y2="${y(d.p50).toFixed(1)}" stroke="${c}" stroke-width="3"/>`);
      out.push(text(cx, y(d.p99) - 6, `${fmt(d.p50)} / ${fmt(d.p99)}`, `font-size="10" text-anchor="middle" fill="${c}"`));
    });
  });
  // Legend.
  bots.forEach((b, i) => {
    const lx = p1.x + 10 + i * 280;
    const ly = p1.y + p1.h + 40;
    out.push(`<rect x="${lx}" y="${ly - 10}" width="14" height="12" fill="${COLOURS[b]}" fill-opacity="0.35" stroke="${COLOURS[b]}"/>`);
    out.push(text(lx + 20, ly, BOT_LABELS[b], 'font-size="12"'));
  });

  // Panel 2: full/echo ratio of turns/s, run by run.
  const p2 = { x: 80, y: 530, w: W - 110, h: 220 };
  const runs = [...history].sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  const levels = [...new Set(runs.flatMap((r) => r.throughput.map((l) => l.concurrency)))].sort((a, b) => a - b);
  const ratios = runs.flatMap((r) => r.throughput.flatMap((l) => [l.ratio.full, l.ratio.split])).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const rMax = Math.max(0.1, ...ratios) * 1.15;
  const ry = (v: number): number => p2.y + p2.h - (v / rMax) * p2.h;
  const rx = (i: number): number => p2.x + (runs.length === 1 ? p2.w / 2 : 30 + (i * (p2.w - 60)) / (runs.length - 1));
  out.push(text(p1.x, p2.y - 40, 'Full bot ÷ echo bot, turns/s (median over pairs), run by run, oldest first', 'font-size="16" font-weight="bold"'));
  out.push(text(p1.x, p2.y - 20, 'filled dots, solid lines: in-process workers; hollow dots, dashed lines: production layout (separate workers); one colour per concurrency level', 'font-size="12" fill="#555"'));
  const step = rMax > 0.5 ? 0.1 : rMax > 0.2 ? 0.05 : 0.02;
  for (let v = 0; v <= rMax; v += step) {
    out.push(`<line x1="${p2.x}" x2="${p2.x + p2.w}" y1="${ry(v).toFixed(1)}" y2="${ry(v).toFixed(1)}" stroke="#eee"/>`);
    out.push(text(p2.x - 6, ry(v) + 4, v.toFixed(2), 'font-size="11" text-anchor="end" fill="#555"'));
  }
  out.push(`<rect x="${p2.x}" y="${p2.y}" width="${p2.w}" height="${p2.h}" fill="none" stroke="#999"/>`);
  runs.forEach((r, i) => out.push(text(rx(i), p2.y + p2.h + 18, `${r.startedAt.slice(0, 16).replace('T', ' ')}${r.mode === 'full' ? '' : ` (${r.mode})`}`, 'font-size="10" text-anchor="middle" fill="#555"')));
  levels.forEach((level, li) => {
    const c = LEVEL_COLOURS[li % LEVEL_COLOURS.length] ?? '#000';
    for (const which of ['full', 'split'] as const) {
      const pts = runs.flatMap((r, i) => {
        const v = r.throughput.find((l) => l.concurrency === level)?.ratio[which];
        return typeof v === 'number' && Number.isFinite(v) ? [[rx(i), ry(v), v] as const] : [];
      });
      if (pts.length === 0) continue;
      const dash = which === 'split' ? ' stroke-dasharray="6 4"' : '';
      if (pts.length > 1) out.push(`<polyline points="${pts.map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join(' ')}" fill="none" stroke="${c}" stroke-width="2"${dash}/>`);
      for (const [px, py, v] of pts) {
        out.push(`<circle cx="${px.toFixed(1)}" cy="${py.toFixed(1)}" r="4" fill="${which === 'split' ? '#fff' : c}" stroke="${c}" stroke-width="2"/>`);
        // In-process labels to the right, split ones to the left, so that close values stay legible.
        out.push(text(which === 'split' ? px - 7 : px + 7, py + 4, v.toFixed(3), `font-size="10" fill="${c}"${which === 'split' ? ' text-anchor="end"' : ''}`));
      }
    }
    out.push(`<line x1="${p2.x + 10 + li * 160}" x2="${p2.x + 34 + li * 160}" y1="${p2.y + p2.h + 42}" y2="${p2.y + p2.h + 42}" stroke="${c}" stroke-width="3"/>`);
    out.push(text(p2.x + 40 + li * 160, p2.y + p2.h + 46, `${level} concurrent`, 'font-size="12"'));
  });
  const H = p2.y + p2.h + 60;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="DejaVu Sans, Helvetica, Arial, sans-serif">\n<rect width="${W}" height="${H}" fill="#fff"/>\n${out.join('\n')}\n</svg>\n`;
}

/** Results files of full runs (<YYYY-MM-DD>T<hh-mm>.json), oldest first, and of quick runs when asked. */
export function readHistory(dir: string, includeQuick = false): ChartInput[] {
  if (!existsSync(dir)) return [];
  const pattern = includeQuick ? /^\d{4}-\d{2}-\d{2}(T\d{2}-\d{2})?(-quick)?\.json$/ : /^\d{4}-\d{2}-\d{2}(T\d{2}-\d{2})?\.json$/;
  return readdirSync(dir)
    .filter((f) => pattern.test(f))
    .flatMap((f) => {
      try {
        const r = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Partial<ChartInput>;
        return typeof r.startedAt === 'string' && Array.isArray(r.throughput) ? [r as ChartInput] : [];
      } catch {
        return [];
      }
    })
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt));
}

if (require.main === module) {
  const dir = path.resolve(process.argv[2] ?? path.join(__dirname, '..', '..', 'bench', 'results'));
  const outFile = path.resolve(process.argv[3] ?? path.join(dir, 'chart.svg'));
  const history = readHistory(dir);
  const latest = history.at(-1);
  if (!latest) {
    console.error(`no results in ${dir}`);
    process.exit(2);
  }
  writeFileSync(outFile, renderChart(latest, history));
  console.log(`wrote ${outFile} (${history.length} run${history.length === 1 ? '' : 's'})`);
}
