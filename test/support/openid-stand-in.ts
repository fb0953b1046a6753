import { generateKeyPairSync, randomUUID } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import jwt from 'jsonwebtoken';

/**
 * Stands in for the Bot Framework's OpenID metadata and signing keys
 * (login.botframework.com/v1/.well-known/openidconfiguration and its jwks_uri), with keys
 * this test holds, so channel tokens can be signed here and checked by the real SDK.
 */
export class OpenIdStandIn {
  private readonly key = generateKeyPairSync('rsa', { modulusLength: 2048 });
  /** A key the metadata does not publish: a token signed with it is forged. */
  readonly strangerKey: KeyObject = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  readonly kid = randomUUID();
  /** A second published key, endorsed for Web Chat only (the SDK caches the keys, so each is fixed). */
  readonly webchatOnly = { ...generateKeyPairSync('rsa', { modulusLength: 2048 }), kid: randomUUID() };
  private readonly server = http.createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.url?.startsWith('/.well-known/openidconfiguration')) {
      res.end(JSON.stringify({ issuer: 'https://api.botframework.com', jwks_uri: `${this.url}/keys`, id_token_signing_alg_values_supported: ['RS256'], token_endpoint_auth_methods_supported: ['private_key_jwt'] }));
      return;
    }
    if (req.url?.startsWith('/keys')) {
      const jwk = this.key.publicKey.export({ format: 'jwk' });
      const webchat = this.webchatOnly.publicKey.export({ format: 'jwk' });
      res.end(
        JSON.stringify({
          keys: [
            { ...jwk, kid: this.kid, use: 'sig', alg: 'RS256', endorsements: ['webchat', 'msteams', 'directline'] },
            { ...webchat, kid: this.webchatOnly.kid, use: 'sig', alg: 'RS256', endorsements: ['webchat'] },
          ],
        }),
      );
      return;
    }
    res.statusCode = 404;
    res.end('{}');
  });
  url = '';

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return `${this.url}/.well-known/openidconfiguration`;
  }

  /** A channel token as the Bot Framework Service signs one; `claims` and `options` change what a test needs. */
  token(claims: Record<string, unknown>, options: { key?: KeyObject; expiresIn?: number; kid?: string } = {}): string {
    const now = Math.floor(Date.now() / 1000);
    const payload = { iss: 'https://api.botframework.com', nbf: now - 60, exp: now + (options.expiresIn ?? 3600), ...claims };
    return jwt.sign(payload, options.key ?? this.key.privateKey, { algorithm: 'RS256', keyid: options.kid ?? this.kid });
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
