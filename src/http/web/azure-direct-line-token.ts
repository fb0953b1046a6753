import { z } from 'zod';

export const AZURE_DIRECT_LINE_URL = 'https://directline.botframework.com';

export interface DirectLineToken {
  readonly token: string;
  readonly conversationId: string;
  readonly expiresIn: number;
}

export class DirectLineTokenError extends Error {
  constructor(readonly status: number | null) {
    super(status === null ? 'Direct Line did not answer' : `Direct Line refused the token request (HTTP ${status})`);
  }
}

const TokenResponse = z.object({ token: z.string().min(1), conversationId: z.string().min(1), expires_in: z.number().int().positive() });

/**
 * Exchanges the Direct Line secret for a token bound to one conversation and
 * one user, server-side: the secret would let anyone talk as the bot's site.
 */
export async function generateDirectLineToken(baseUrl: string, secret: string, userId: string, timeoutMs = 5000): Promise<DirectLineToken> {
  let res: Response;
  try {
    res = await fetch(`${baseUrl.replace(/\/+$/, '')}/v3/directline/tokens/generate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ user: { id: userId } }),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch {
    throw new DirectLineTokenError(null);
  }
  if (!res.ok) {
    await res.body?.cancel();
    throw new DirectLineTokenError(res.status);
  }
  const parsed = TokenResponse.safeParse(await res.json().catch(() => null));
  if (!parsed.success) throw new DirectLineTokenError(res.status);
  return { token: parsed.data.token, conversationId: parsed.data.conversationId, expiresIn: parsed.data.expires_in };
}
