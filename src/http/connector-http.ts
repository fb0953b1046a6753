import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import { AuthenticationConstants, ConnectorFactory } from 'botframework-connector';
import type { AuthenticateRequestResult, ClaimsIdentity, ConnectorClient } from 'botframework-connector';
import type { Activity } from 'botbuilder';
import type { Pipeline } from '@azure/core-rest-pipeline';

/**
 * Puts a deadline on every call a connector client makes (replies, cards, Teams roster look-ups):
 * without one a channel that accepts the connection and never answers holds the turn, and the job
 * that sent it, for ever. The SDK replaces any request policy it is given, and a replacement HTTP
 * client loses how each operation reads its errors (a 404 would look like success), so the deadline
 * is a policy added to each client's own pipeline after the SDK made it.
 */
class TimedConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly inner: ConnectorFactory,
    private readonly timeoutMs: number,
    private readonly cache: ClientCache,
    private readonly appId: string,
  ) {
    super();
  }

  /**
   * One client per bot, channel address and audience, kept: the SDK would build a client, its
   * credentials and its HTTP pipeline afresh for every turn. Its credentials fetch and renew their
   * own tokens, so a kept client stays good.
   */
  create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    const key = `${this.appId}\n${serviceUrl}\n${audience ?? ''}`;
    const kept = this.cache.get(key);
    if (kept) {
      // Most recently used last: the first key is the one to drop.
      this.cache.delete(key);
      this.cache.set(key, kept);
      return kept;
    }
    const made = this.make(serviceUrl, audience);
    this.cache.set(key, made);
    made.catch(() => this.cache.delete(key));
    if (this.cache.size > MAX_CLIENTS) this.cache.delete(this.cache.keys().next().value as string);
    return made;
  }

  private async make(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    const client = await this.inner.create(serviceUrl, audience);
    // The compatibility layer keeps its core-client ServiceClient in a field its typings call private.
    const pipeline = (client as unknown as { client?: { pipeline?: Pipeline } }).client?.pipeline;
    if (!pipeline) throw new Error('the connector client has no pipeline (has botbuilder changed?): CONNECTOR_TIMEOUT_S cannot be applied');
    const timeoutMs = this.timeoutMs;
    pipeline.addPolicy({
      name: 'pcc-connector-deadline',
      sendRequest(request, next) {
        request.timeout = request.timeout > 0 ? Math.min(request.timeout, timeoutMs) : timeoutMs;
        return next(request);
      },
    });
    return client;
  }
}

type ClientCache = Map<string, Promise<ConnectorClient>>;
const MAX_CLIENTS = 200;

const appIdOf = (claims: ClaimsIdentity | undefined): string =>
  claims?.getClaimValue(AuthenticationConstants.AudienceClaim) ?? claims?.getClaimValue(AuthenticationConstants.AppIdClaim) ?? '';

/** The SDK's configuration-driven authentication, with a deadline on every outbound connector call. */
export class TimedBotFrameworkAuthentication extends ConfigurationBotFrameworkAuthentication {
  constructor(
    options: ConfigurationBotFrameworkAuthenticationOptions,
    private readonly timeoutMs: number,
  ) {
    super(options);
  }

  private readonly clients: ClientCache = new Map();

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return new TimedConnectorFactory(super.createConnectorFactory(claimsIdentity), this.timeoutMs, this.clients, appIdOf(claimsIdentity));
  }

  /** A turn's replies and look-ups use the factory that authenticating its request made. */
  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    return this.timed(await super.authenticateRequest(activity, authHeader));
  }

  override async authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    return this.timed(await super.authenticateStreamingRequest(authHeader, channelIdHeader));
  }

  private timed(result: AuthenticateRequestResult): AuthenticateRequestResult {
    if (!result.connectorFactory) return result;
    return { ...result, connectorFactory: new TimedConnectorFactory(result.connectorFactory, this.timeoutMs, this.clients, appIdOf(result.claimsIdentity)) };
  }
}
