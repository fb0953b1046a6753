import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RiskModel } from '../../src/domain/risk/model/risk-model';
import { RISK_MODEL } from '../../src/domain/risk/screen';
import { LocalRiskScreener } from '../../src/services/risk-screener';
import type { SentActivity } from '../support/channel';
import { startStack } from '../support/test-stack';
import type { TestStack } from '../support/test-stack';

// The rules alone (a learned layer that never speaks), so that no retraining of the model moves this test.
const RULES_ONLY = new RiskModel({ ...RISK_MODEL.file, bias: { risk: -20, emergency: -20 }, features: [] });

let stack: TestStack;
beforeAll(async () => {
  stack = await startStack({}, { risk: new LocalRiskScreener(undefined, RULES_ONLY) });
});
afterAll(async () => {
  await stack.close();
});

const handoffs = (acts: readonly SentActivity[]) => acts.filter((a) => a.type === 'event' && a.name === 'handoff.initiate');

describe('a disclosure in pieces, through /api/messages', () => {
  it('is caught when only the messages together say it', async () => {
    const conv = stack.conversation();
    await conv.join();
    expect(handoffs(await conv.say('can I ask about my dad'))).toHaveLength(0);
    expect(handoffs(await conv.say('he has dementia'))).toHaveLength(0);
    const acts = await conv.say("my brother has moved in to 'look after him'");
    const [handoff] = handoffs(acts);
    expect(handoff?.value).toMatchObject({ level: 'high' });
    expect(JSON.stringify(handoff?.value)).toMatch(/read together with the 2 messages before it/);
  });
});
