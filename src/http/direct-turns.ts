import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Activity } from 'botbuilder';
import { AuthenticationConstants, ClaimsIdentity, ConnectorClient, ConnectorFactory, MicrosoftAppCredentials } from 'botframework-connector';

/**
 * The bot's replies to its own Direct Line go to a loopback address that carries its own secret key
 * (see web/own-direct-line.ts), so they are sent without a Bot Framework token: fetching one would
 * need Microsoft's sign-in service for a call that never leaves this machine.
 */
class LoopbackConnectorFactory extends ConnectorFactory {
  constructor(private readonly isOwn: (serviceUrl: string) => boolean) {
    super();
  }

  create(serviceUrl: string): Promise<ConnectorClient> {
    if (!this.isOwn(serviceUrl)) return Promise.reject(new Error('a direct turn may only reply to the bot\'s own Direct Line'));
    return Promise.resolve(new ConnectorClient(new MicrosoftAppCredentials('', ''), { baseUri: serviceUrl }));
  }
}

export interface DirectTurnsOptions {
  readonly adapter: CloudAdapter;
  /** The bot's app id ('' when authentication is off). */
  readonly appId: string;
  /** Whether a serviceUrl is the bot's own Direct Line (replies go nowhere else). */
  readonly isOwnServiceUrl: (serviceUrl: string) => boolean;
  readonly logic: (context: TurnContext) => Promise<void>;
}

/**
 * Runs an activity from the bot's own Direct Line through the same adapter and bot as
 * POST /api/messages, already authenticated as the bot itself: the activity never crossed a
 * network, so there is no channel token to check, with or without app credentials.
 */
export function directTurns(options: DirectTurnsOptions): (activity: Partial<Activity>) => Promise<void> {
  const claimsIdentity = new ClaimsIdentity(
    [
      { type: AuthenticationConstants.AudienceClaim, value: options.appId },
      { type: AuthenticationConstants.AppIdClaim, value: options.appId },
    ],
    true,
  );
  const connectorFactory = new LoopbackConnectorFactory(options.isOwnServiceUrl);
  // Only the connector factory reads the audience, and this one needs none.
  const audience = AuthenticationConstants.ToChannelFromBotOAuthScope;
  return (activity) =>
    options.adapter.processActivityDirect({ audience, claimsIdentity, connectorFactory }, activity as Activity, options.logic);
}
