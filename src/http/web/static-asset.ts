import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

/**
 * A file served as it is, read once and gzipped once on first use: the Web
 * Chat bundle is 4 MB and, with no-store, is fetched on every visit.
 */
export class StaticAsset {
  private files: Promise<{ plain: Buffer; gzipped: Buffer }> | null = null;

  constructor(
    private readonly file: string,
    readonly contentType: string,
  ) {}

  private load(): Promise<{ plain: Buffer; gzipped: Buffer }> {
    this.files ??= readFile(this.file).then(async (plain) => ({ plain, gzipped: await gzipAsync(plain) }));
    // A failed read is tried again on the next request rather than remembered.
    this.files.catch(() => {
      this.files = null;
    });
    return this.files;
  }

  async send(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { plain, gzipped } = await this.load();
    const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = accepts ? gzipped : plain;
    res.setHeader('content-type', this.contentType);
    res.setHeader('vary', 'accept-encoding');
    if (accepts) res.setHeader('content-encoding', 'gzip');
    res.setHeader('content-length', body.length);
    res.writeHead(200);
    res.end(req.method === 'HEAD' ? undefined : body);
  }
}
