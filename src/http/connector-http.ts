import { createDefaultHttpClient, createHttpHeaders, createPipelineRequest } from '@azure/core-rest-pipeline';
import { toCompatResponse } from '@azure/core-http-compat';
import type { CompatResponse, WebResourceLike } from '@azure/core-http-compat';

/** The connector client's own HTTP client option (`ConnectorClientOptions.httpClient`), in the SDK's older request shape. */
export interface ConnectorHttpClient {
  sendRequest(request: WebResourceLike): Promise<CompatResponse>;
}

/**
 * The HTTP client for every call the bot makes to a channel (replies, cards, Teams roster look-ups),
 * with a deadline: without one a channel that accepts the connection and never answers holds the
 * turn, and the job that sent it, for ever. The SDK replaces any request policy it is given, so the
 * deadline is put on each request here, at the last step, and sent by the Azure pipeline's own client.
 */
export function connectorHttpClient(timeoutMs: number): ConnectorHttpClient {
  const inner = createDefaultHttpClient();
  return {
    async sendRequest(resource: WebResourceLike): Promise<CompatResponse> {
      const asked = resource.timeout > 0 ? resource.timeout : Number.POSITIVE_INFINITY;
      const request = createPipelineRequest({
        url: resource.url,
        method: resource.method,
        headers: createHttpHeaders(resource.headers.toJson({ preserveCase: true })),
        body: resource.body as never,
        timeout: Math.min(asked, timeoutMs),
        // As the SDK's own client does: a plain-http serviceUrl (a local channel) is allowed.
        allowInsecureConnection: resource.url.toLowerCase().startsWith('http:'),
        abortSignal: resource.abortSignal as never,
        withCredentials: resource.withCredentials,
        requestId: resource.requestId,
        // The compatibility layer carries `disableKeepAlive` in `keepAlive` (see its toWebResourceLike).
        disableKeepAlive: Boolean(resource.keepAlive),
        ...(resource.streamResponseStatusCodes ? { streamResponseStatusCodes: resource.streamResponseStatusCodes } : {}),
      });
      return toCompatResponse(await inner.sendRequest(request));
    },
  };
}
