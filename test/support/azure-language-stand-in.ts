import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type StandInMode = 'answer' | 'fail' | 'hang' | 'throttle-once';

/** Names the stand-in's "model" knows as people (as Azure would find a name with no cue around it). */
export const STAND_IN_PEOPLE = ['Darren', 'Bethan Hughes', 'Gareth'];

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
      if (this.mode === 'throttle-once') {
        this.mode = 'answer';
        res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '1' });
        res.end(JSON.stringify({ error: { code: '429', message: 'Rate limit is exceeded. Try again in 1 seconds.' } }));
        return;
      }
      if (this.mode === 'fail' || !(req.url ?? '').includes(':analyze-text')) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'InternalServerError', message: 'stand-in failure' } }));
        return;
      }
      if (body.kind === 'PiiEntityRecognition') {
        const docs = body.analysisInput?.documents ?? [];
        // As the service does: a document over 5,120 text elements, or one it cannot read, is an error for that document only.
        const bad = (t: string) => [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(t)].length > 5120 || t.includes('UNREADABLE');
        const documents = docs.filter((d) => !bad(d.text)).map((d) => ({ id: d.id, redactedText: d.text, entities: people(d.text), warnings: [] }));
        const errors = docs.filter((d) => bad(d.text)).map((d) => ({ id: d.id, error: { code: 'InvalidArgument', message: 'Invalid document in request.', innererror: { code: 'InvalidDocument', message: 'A document within the request was too large or unreadable.' } } }));
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ kind: 'PiiEntityRecognitionResults', results: { documents, errors, modelVersion: '2025-01-15' } }));
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

/** The people the stand-in's "model" knows, wherever they appear. */
function people(text: string): { text: string; category: string; offset: number; length: number; confidenceScore: number }[] {
  return STAND_IN_PEOPLE.flatMap((name) => {
    const out: { text: string; category: string; offset: number; length: number; confidenceScore: number }[] = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) out.push({ text: name, category: 'Person', offset: at, length: name.length, confidenceScore: 0.9 });
    return out;
  });
}

/** Polish and Welsh by a few telltale words; English otherwise. */
function detect(text: string): { name: string; iso6391Name: string; confidenceScore: number } {
  if (/\b(?:jest|mnie|pomocy|się|nie|mój)\b/i.test(text)) return { name: 'Polish', iso6391Name: 'pl', confidenceScore: 0.98 };
  if (/\b(?:mae|nawr|rhywun|ydw)\b/i.test(text)) return { name: 'Welsh', iso6391Name: 'cy', confidenceScore: 0.95 };
  return { name: 'English', iso6391Name: 'en', confidenceScore: 0.99 };
}
