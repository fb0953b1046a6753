import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type StandInMode = 'answer' | 'fail' | 'hang';

/**
 * A local stand-in for Azure AI Language's analyze-text REST API
 * (POST {endpoint}/language/:analyze-text), enough for LanguageDetection,
 * so the real SDK can be driven in tests.
 */
export class AzureLanguageStandIn {
  mode: StandInMode = 'answer';
  readonly requests: { path: string; key: string | undefined; body: unknown }[] = [];
  private readonly hanging: http.ServerResponse[] = [];
  private readonly server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as {
        kind?: string;
        analysisInput?: { documents?: { id: string; text: string }[] };
      };
      this.requests.push({ path: req.url ?? '', key: req.headers['ocp-apim-subscription-key'] as string | undefined, body });
      if (this.mode === 'hang') {
        this.hanging.push(res);
        return;
      }
      if (this.mode === 'fail' || !(req.url ?? '').includes(':analyze-text')) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'InternalServerError', message: 'stand-in failure' } }));
        return;
      }
      const documents = (body.analysisInput?.documents ?? []).map((d) => ({ id: d.id, detectedLanguage: detect(d.text), warnings: [] }));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ kind: 'LanguageDetectionResults', results: { documents, errors: [], modelVersion: '2024-11-01' } }));
    });
  });
  url = '';

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    for (const r of this.hanging) r.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** Polish and Welsh by a few telltale words; English otherwise. */
function detect(text: string): { name: string; iso6391Name: string; confidenceScore: number } {
  if (/\b(?:jest|mnie|pomocy|się|nie|mój)\b/i.test(text)) return { name: 'Polish', iso6391Name: 'pl', confidenceScore: 0.98 };
  if (/\b(?:mae|nawr|rhywun|ydw)\b/i.test(text)) return { name: 'Welsh', iso6391Name: 'cy', confidenceScore: 0.95 };
  return { name: 'English', iso6391Name: 'en', confidenceScore: 0.99 };
}
