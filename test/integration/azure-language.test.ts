import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textOf } from '../support/channel';
import { AzureLanguageStandIn } from '../support/azure-language-stand-in';
import { startStack } from '../support/test-stack';
import type { TestStack } from '../support/test-stack';

let azure: AzureLanguageStandIn;
let stack: TestStack;
beforeAll(async () => {
  azure = new AzureLanguageStandIn();
  const endpoint = await azure.start();
  stack = await startStack({ AZURE_LANGUAGE_ENDPOINT: endpoint, AZURE_LANGUAGE_KEY: 'stand-in-key' });
});
afterAll(async () => {
  await stack.close();
  await azure.stop();
});

describe('with Azure AI Language configured', () => {
  it('asks the real SDK for the language with the key, and says honestly that it cannot read Polish, with 999 in Polish and English, and hands it to a person', async () => {
    azure.mode = 'answer';
    const conv = stack.conversation();
    await conv.join();
    const acts = await conv.say('Potrzebuję pomocy, mój sąsiad mnie straszy');
    expect(azure.requests.at(-1)).toMatchObject({ key: 'stand-in-key' });
    expect(azure.requests.at(-1)?.path).toContain(':analyze-text');
    expect(textOf(acts)).toMatch(/I can only read English/);
    expect(textOf(acts)).toContain('zadzwoń pod numer 999');
    expect(textOf(acts)).toContain('If you or someone else is in danger now, call 999');
    // Nobody can read it here, so a person must: it is handed to staff, with the language Azure told.
    const handoff = acts.find((a) => a.type === 'event' && a.name === 'handoff.initiate');
    expect(handoff?.value).toMatchObject({ level: 'high' });
    expect(JSON.stringify(handoff?.value)).toContain('Polish');
  });

  it('never lowers what the local screen found', async () => {
    azure.mode = 'answer';
    const conv = stack.conversation();
    await conv.join();
    const acts = await conv.say("someone is breaking into my house right now");
    expect(acts.some((a) => a.type === 'event' && a.name === 'handoff.initiate')).toBe(true);
  });

  it('still answers when the service fails', async () => {
    azure.mode = 'fail';
    const conv = stack.conversation();
    await conv.join();
    const acts = await conv.say('I want to make a comment about road safety');
    expect(textOf(acts)).toMatch(/Which part of the commissioner's work/);
  });

  it('still answers a disclosure when the service hangs', async () => {
    azure.mode = 'hang';
    const conv = stack.conversation();
    await conv.join();
    const acts = await conv.say("my ex is outside my flat right now and he's got a bat");
    expect(acts.find((a) => a.type === 'message')?.text).toContain('999');
    expect(acts.some((a) => a.type === 'event' && a.name === 'handoff.initiate')).toBe(true);
  });
});
