import { AzureKeyCredential, TextAnalysisClient } from '@azure/ai-language-text';
import type { Logger } from 'pino';

export interface DetectedLanguage {
  readonly iso6391: string;
  readonly name: string;
  readonly confidence: number;
}

/** Language detection from Azure AI Language, bounded by a timeout and never throwing. */
export class AzureLanguage {
  private readonly client: TextAnalysisClient;

  constructor(
    endpoint: string,
    key: string,
    private readonly log: Logger,
    private readonly timeoutMs = 600,
  ) {
    // No SDK retries: a slow or failing service must never hold up an answer to a resident.
    // Plain http is allowed only for a local stand-in (config refuses it for any other host).
    this.client = new TextAnalysisClient(endpoint, new AzureKeyCredential(key), {
      retryOptions: { maxRetries: 0 },
      allowInsecureConnection: new URL(endpoint).protocol === 'http:',
    });
  }

  async detect(text: string): Promise<DetectedLanguage | null> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    try {
      const [result] = await this.client.analyze('LanguageDetection', [{ id: '0', text: text.slice(0, 5000), countryHint: 'gb' }], {
        abortSignal: controller.signal,
      });
      if (!result || result.error) return null;
      const p = result.primaryLanguage;
      return { iso6391: p.iso6391Name, name: p.name, confidence: p.confidenceScore };
    } catch (err) {
      this.log.warn({ code: (err as { code?: string }).code ?? (err as Error).name }, 'Azure language detection unavailable; local screen only');
      return null;
    } finally {
      clearTimeout(timer);
    }
  }
}
