import { describe, expect, it } from 'vitest';
import { RiskModel } from '../../../src/domain/risk/model/risk-model';
import { RISK_MODEL, screenConversation, screenMessage } from '../../../src/domain/risk/screen';

// The rules alone (a learned layer that never speaks), so that the test is about reading a conversation.
const RULES_ONLY = new RiskModel({ ...RISK_MODEL.file, bias: { risk: -20, emergency: -20 }, features: [] });

describe('a disclosure told over several messages', () => {
  it('is caught when the latest message only makes sense with the ones before it', () => {
    const latest = "my brother has moved in to 'look after him'";
    const earlier = ['can I ask about my dad', 'he has dementia'];
    expect(screenMessage(latest, RULES_ONLY).level).toBe('none');
    expect(screenMessage(earlier.join('\n'), RULES_ONLY).level).toBe('none');
    const read = screenConversation(latest, earlier, RULES_ONLY);
    expect(read.level).toBe('high');
    expect(read.basis).toContain('conversation/together');
    expect(read.reasons[0]).toMatch(/read together with the 2 messages before it/);
  });

  it('does not raise an ordinary conversation', () => {
    const read = screenConversation('can I have a crime number for my insurance', ['my bike was stolen from outside the library', 'it was last Tuesday'], RULES_ONLY);
    expect(read.level).toBe('none');
  });

  it('does not raise again what the earlier messages said on their own, which was answered then', () => {
    const read = screenConversation('thanks, what happens next?', ['my partner hits me when he drinks'], RULES_ONLY);
    expect(read.level).toBe('none');
  });

  it('reads only the last few messages, so an old one does not colour everything after it', () => {
    const earlier = ['he said he would kill me tonight', 'ok', 'thanks', 'what is the office address?'];
    expect(screenConversation('and the opening hours?', earlier, RULES_ONLY).level).toBe('none');
  });
});
