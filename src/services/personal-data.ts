import { AzureKeyCredential, TextAnalysisClient } from '@azure/ai-language-text';
import type { Logger } from 'pino';
import { findPersonalData, redactSpans } from '../domain/personal-data';
import type { PersonalDataKind, Span } from '../domain/personal-data';

/** Takes personal data out of text that leaves the office's mailbox (staff cards, extracts). */
export interface PersonalDataRedactor {
  redact(text: string, language?: string): Promise<string>;
}

/** The local recogniser alone (no Azure AI Language configured). */
export class LocalRedactor implements PersonalDataRedactor {
  async redact(text: string): Promise<string> {
    return redactSpans(text, findPersonalData(text));
  }
}

/** Azure AI Language's limit per document, in text elements (grapheme clusters). */
export const AZURE_DOCUMENT_LIMIT = 5120;
/** Documents per synchronous PII request. */
const DOCUMENTS_PER_REQUEST = 5;

/** Pieces of at most `limit` text elements, cut at a space where there is one near the end, with their UTF-16 offsets. */
export function splitForAzure(text: string, limit = AZURE_DOCUMENT_LIMIT): { readonly text: string; readonly offset: number }[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
  const graphemes = [...segmenter.segment(text)];
  if (graphemes.length <= limit) return [{ text, offset: 0 }];
  const pieces: { text: string; offset: number }[] = [];
  let start = 0;
  while (start < graphemes.length) {
    let end = Math.min(graphemes.length, start + limit);
    if (end < graphemes.length) {
      // Back to the last space in the final tenth, so a phone number is not cut in two.
      for (let i = end - 1; i > end - Math.floor(limit / 10); i--) {
        if (/\s/.test(graphemes[i]?.segment ?? '')) {
          end = i + 1;
          break;
        }
      }
    }
    const from = graphemes[start]?.index ?? 0;
    const to = end < graphemes.length ? (graphemes[end]?.index ?? text.length) : text.length;
    pieces.push({ text: text.slice(from, to), offset: from });
    start = end;
  }
  return pieces;
}

const CATEGORY: Readonly<Record<string, PersonalDataKind>> = {
  Person: 'name',
  PhoneNumber: 'phone',
  Email: 'email',
  Address: 'address',
  UKNationalInsuranceNumber: 'ni-number',
  UKNationalHealthNumber: 'nhs-number',
  DateOfBirth: 'date-of-birth',
  UKDriversLicenseNumber: 'vehicle',
  LicensePlate: 'vehicle',
};

/** What Azure AI Language is asked to find (its categories), besides what the local recogniser always finds. */
const CATEGORIES = ['Person', 'PhoneNumber', 'Email', 'Address', 'UKNationalInsuranceNumber', 'UKNationalHealthNumber', 'DateOfBirth', 'LicensePlate'];

/**
 * Azure AI Language's recognizePiiEntities (the `PiiEntityRecognition` action) where it is
 * configured, always together with the local recogniser: Azure's spans and the local ones are
 * both taken out. A long text is split at 5,120 text elements; a throttled request is retried by
 * the SDK as Retry-After says (twice at most); a document Azure cannot read, a timeout or any
 * failure falls back on the local recogniser for that text, and never throws.
 */
export class AzurePiiRedactor implements PersonalDataRedactor {
  private readonly client: TextAnalysisClient;
  private readonly local = new LocalRedactor();

  constructor(
    endpoint: string,
    key: string,
    private readonly log: Logger,
    private readonly timeoutMs = 4000,
  ) {
    this.client = new TextAnalysisClient(endpoint, new AzureKeyCredential(key), {
      // Off the resident's reply path (cards are posted by the workers): a throttled call may wait as Azure asks.
      retryOptions: { maxRetries: 2, retryDelayInMs: 500, maxRetryDelayInMs: 3000 },
      allowInsecureConnection: new URL(endpoint).protocol === 'http:',
    });
  }

  async redact(text: string, language = 'en'): Promise<string> {
    const spans = findPersonalData(text);
    if (!text.trim()) return text;
    const pieces = splitForAzure(text);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    try {
      for (let i = 0; i < pieces.length; i += DOCUMENTS_PER_REQUEST) {
        const batch = pieces.slice(i, i + DOCUMENTS_PER_REQUEST);
        const results = await this.client.analyze(
          'PiiEntityRecognition',
          batch.map((p, j) => ({ id: String(i + j), text: p.text, language: language.startsWith('cy') ? 'en' : language.slice(0, 2) })),
          { categoriesFilter: CATEGORIES as never, abortSignal: controller.signal },
        );
        for (const r of results) {
          if (r.error) {
            // That document only: the local recogniser has already covered it.
            this.log.warn({ code: r.error.code }, 'Azure AI Language could not read a document for personal data; local recogniser only');
            continue;
          }
          const piece = pieces[Number(r.id)];
          if (!piece) continue;
          for (const e of r.entities) {
            const kind = CATEGORY[e.category] ?? 'name';
            spans.push({ kind, offset: piece.offset + e.offset, length: e.length } satisfies Span);
          }
        }
      }
    } catch (err) {
      this.log.warn({ code: (err as { code?: string }).code ?? (err as Error).name, status: (err as { statusCode?: number }).statusCode }, 'Azure AI Language personal data recognition unavailable; local recogniser only');
      return this.local.redact(text);
    } finally {
      clearTimeout(timer);
    }
    return redactSpans(text, spans);
  }
}
