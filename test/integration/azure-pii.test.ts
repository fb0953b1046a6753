import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AZURE_DOCUMENT_LIMIT, AzurePiiRedactor, splitForAzure } from '../../src/services/personal-data';
import { AzureLanguageStandIn } from '../support/azure-language-stand-in';

// The real @azure/ai-language-text SDK, against a local stand-in of Azure AI Language's REST API.
const standIn = new AzureLanguageStandIn();
let redactor: AzurePiiRedactor;
const log = pino({ level: 'silent' });

beforeAll(async () => {
  await standIn.start();
  redactor = new AzurePiiRedactor(standIn.url, 'stand-in-key', log, 2500);
});
afterAll(async () => {
  await standIn.stop();
});

const piiRequests = () => standIn.requests.filter((r) => (r.body as { kind?: string }).kind === 'PiiEntityRecognition');

describe('personal data found by Azure AI Language (recognizePiiEntities)', () => {
  it('takes out what Azure finds and what the local recogniser finds, asking with the key', async () => {
    standIn.mode = 'answer';
    const out = await redactor.redact('Darren came round again. Ring me on 07700 900123.');
    expect(out).toBe('[name] came round again. Ring me on [phone].');
    const req = piiRequests().at(-1);
    expect(req?.key).toBe('stand-in-key');
    expect(req?.path).toContain('/language/:analyze-text');
  });

  it('falls back on the local recogniser for a document Azure cannot read, and for the others keeps Azure', async () => {
    const out = await redactor.redact('UNREADABLE Darren is here, jo@example.org');
    // The document failed: no Azure names, but the local recogniser still took out the e-mail.
    expect(out).toContain('[e-mail]');
    expect(out).toContain('Darren');
  });

  it('waits as Retry-After says when throttled (429), then succeeds', async () => {
    standIn.mode = 'throttle-once';
    const before = piiRequests().length;
    const started = Date.now();
    const out = await redactor.redact('Gareth has my phone');
    expect(out).toBe('[name] has my phone');
    expect(piiRequests().length - before).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('gives up on a hanging service within its timeout and uses the local recogniser', async () => {
    standIn.mode = 'hang';
    const started = Date.now();
    const out = await redactor.redact('Darren, call me on 07700 900123');
    expect(Date.now() - started).toBeLessThan(4000);
    expect(out).toBe('Darren, call me on [phone]');
    standIn.mode = 'answer';
  });

  it('gives up on a failing service and uses the local recogniser', async () => {
    standIn.mode = 'fail';
    expect(await redactor.redact('my e-mail is jo@example.org')).toBe('my e-mail is [e-mail]');
    standIn.mode = 'answer';
  });

  it('splits a document over 5,120 text elements, so Azure reads all of it, and puts the pieces back where they were', async () => {
    standIn.mode = 'answer';
    // Emoji are one text element but two UTF-16 units: the limit is counted in elements, the offsets in units.
    const filler = '🙂 word '.repeat(900);
    const text = `Darren ${filler} Bethan Hughes ${filler} end Gareth`;
    const pieces = splitForAzure(text);
    expect(pieces.length).toBeGreaterThan(1);
    const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
    for (const p of pieces) expect([...segmenter.segment(p.text)].length).toBeLessThanOrEqual(AZURE_DOCUMENT_LIMIT);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    const out = await redactor.redact(text);
    expect(out.startsWith('[name] ')).toBe(true);
    expect(out).toContain(' [name] ');
    expect(out.endsWith('end [name]')).toBe(true);
    expect(out).not.toMatch(/Darren|Bethan|Gareth/);
  });
});
