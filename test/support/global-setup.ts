import type { TestProject } from 'vitest/node';
import { PrivateRedis } from '../../src/services/private-redis';

declare module 'vitest' {
  export interface ProvidedContext {
    redisUrl: string;
  }
}

let redis: PrivateRedis | null = null;

/** `npm test` needs nothing running: without REDIS_URL it starts a throwaway redis-server. */
export async function setup(project: TestProject): Promise<void> {
  let url = process.env['REDIS_URL'];
  if (!url) {
    redis = await PrivateRedis.start();
    url = redis.url;
  }
  project.provide('redisUrl', url);
}

export async function teardown(): Promise<void> {
  await redis?.stop();
}
