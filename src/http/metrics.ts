import { collectDefaultMetrics, Counter, Gauge, Registry } from 'prom-client';
import type restify from 'restify';

/**
 * GET /metrics in Prometheus's text format (prom-client): the process's own (event-loop lag,
 * memory, GC), and the bot's: turns, handoffs, cases by kind, mail failures, rate-limited
 * requests, queue depths. Counts and ids only: nothing a resident wrote, no contact details.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly turns = new Counter({ name: 'pcc_turns_total', help: 'Activities the bot took, by channel', labelNames: ['channel'], registers: [this.registry] });
  readonly handoffs = new Counter({ name: 'pcc_handoffs_total', help: 'Disclosures handed to staff, by level', labelNames: ['level'], registers: [this.registry] });
  readonly cases = new Counter({ name: 'pcc_cases_total', help: 'Cases queued, by kind', labelNames: ['kind'], registers: [this.registry] });
  readonly mailFailures = new Counter({ name: 'pcc_mail_failures_total', help: 'E-mail attempts that failed, by kind of case and whether for good', labelNames: ['kind', 'final'], registers: [this.registry] });
  readonly rateLimited = new Counter({ name: 'pcc_rate_limited_total', help: 'Requests slowed by a rate limit, by limit', labelNames: ['limit'], registers: [this.registry] });

  constructor(queueDepths: () => Promise<readonly { readonly queue: string; readonly state: string; readonly count: number }[]>) {
    collectDefaultMetrics({ register: this.registry, eventLoopMonitoringPrecision: 10 });
    new Gauge({
      name: 'pcc_queue_jobs',
      help: 'Jobs in each case queue, by state',
      labelNames: ['queue', 'state'],
      registers: [this.registry],
      // Read when scraped, so the figure is now, not when the last job moved.
      async collect() {
        this.reset();
        for (const d of await queueDepths().catch(() => [])) this.set({ queue: d.queue, state: d.state }, d.count);
      },
    });
  }

  register(server: restify.Server): void {
    server.get('/metrics', async (_req, res) => {
      const body = await this.registry.metrics();
      res.setHeader('content-type', this.registry.contentType);
      res.writeHead(200);
      res.end(body);
    });
  }
}
