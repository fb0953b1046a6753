import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonsOf, REFERENCE, textOf } from '../support/channel';
import type { SentActivity, TestConversation } from '../support/channel';
import { jsonRecord } from '../support/smtp-sink';
import type { ReceivedMail } from '../support/smtp-sink';
import { startStack } from '../support/test-stack';
import type { TestStack } from '../support/test-stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack.close();
});

const handoffs = (acts: readonly SentActivity[]) => acts.filter((a) => a.type === 'event' && a.name === 'handoff.initiate');
const firstMessage = (acts: readonly SentActivity[]) => acts.find((a) => a.type === 'message')?.text ?? '';

async function urgentMailFor(reference: string, predicate: (m: ReceivedMail) => boolean = () => true): Promise<ReceivedMail> {
  return stack.smtp.waitFor((m) => m.parsed.subject?.startsWith(`[${reference}]`) === true && predicate(m));
}

async function started(): Promise<TestConversation> {
  const conv = stack.conversation();
  await conv.join();
  return conv;
}

describe('a disclosure of danger now', () => {
  it('is answered first with 999 and the silent call, then handed to staff, in the middle of a complaint', async () => {
    const conv = await started();
    await conv.say('Make a complaint');
    await conv.say('The Chief Constable');
    const acts = await conv.say("he's at my door right now and he's got a knife");
    const first = firstMessage(acts);
    expect(first).toContain('999');
    expect(first).toContain('55');
    expect(first).toMatch(/18000/);
    expect(acts.findIndex((a) => a.type === 'message')).toBeLessThan(acts.findIndex((a) => a.type === 'event'));
    const [handoff] = handoffs(acts);
    expect(handoff?.value).toMatchObject({ level: 'emergency' });
    const transcript = (handoff?.['attachments'] as { content: { activities: { text: string }[] } }[] | undefined)?.[0]?.content.activities ?? [];
    expect(transcript.map((a) => a.text)).toContain("he's at my door right now and he's got a knife");
    expect(textOf(acts)).toMatch(/passed this to a member of staff/);
    expect(textOf(acts)).toMatch(/can't promise to keep it private/);
    expect(textOf(acts)).toMatch(/Is it safe for us to contact you/);

    const reference = REFERENCE.exec(textOf(acts))?.[0] ?? '';
    const mail = await urgentMailFor(reference);
    expect(mail.to).toEqual([stack.config.office.mailboxes.urgent]);
    expect(mail.raw).toMatch(/^X-Priority: 1/m);
    const record = jsonRecord(mail);
    expect(record).toMatchObject({ kind: 'urgent', reference, risk: { level: 'emergency' } });
    expect((record?.['risk'] as { reasons: string[] }).reasons.length).toBeGreaterThan(0);
    expect(JSON.stringify(record?.['transcript'])).toContain('Make a complaint');

    // Safe contact, then back to the complaint where it was.
    await conv.say('Yes, it\'s safe');
    await conv.say('07700 900123');
    const carry = await conv.say('After 6pm on weekdays');
    expect(textOf(carry)).toMatch(/carry on/);
    const back = await conv.say('Yes, carry on');
    expect(textOf(back)).toMatch(/Please tell us what happened/);
    const update = await urgentMailFor(reference, (m) => /update/.test(m.parsed.subject ?? ''));
    expect(jsonRecord(update)).toMatchObject({ contact: { phone: '07700 900123', safeTimes: 'After 6pm on weekdays', safeToContact: true } });
  });

  it('is caught in the answer to a prompt, such as the name field', async () => {
    const conv = await started();
    await conv.say("I'd like to complain about the chief constable");
    await conv.say('He ignored our petition.');
    const acts = await conv.say("he's hitting me right now");
    expect(firstMessage(acts)).toContain('999');
    expect(handoffs(acts)).toHaveLength(1);
  });

  it.each([
    ['Welsh', "Mae rhywun yn torri i mewn i'r tŷ nawr"],
    ['spaced-out letters and digits', 'h e  h a s  a  k n 1 f e  a n d  h e s  o u t s i d e'],
    ['capitals and no punctuation', 'SOMEONE IS IN MY HOUSE RIGHT NOW HELP'],
    ['invisible characters', 'he\u200Bs got a kn\u200Bife and he\u2019s in the kitchen'],
  ])('is caught when written in %s', async (_how, text) => {
    const conv = await started();
    const acts = await conv.say(text);
    expect(firstMessage(acts)).toContain('999');
    expect(handoffs(acts)).toHaveLength(1);
  });
});

describe('a disclosure that needs a person soon', () => {
  it('hands over, signposts the right helpline with its hours, and never lets a comment prompt come first', async () => {
    const conv = await started();
    const acts = await conv.say('I need help, my partner hurts me');
    expect(handoffs(acts)).toHaveLength(1);
    expect(textOf(acts)).toContain('0808 2000 247');
    expect(textOf(acts)).toMatch(/999/);
    expect(buttonsOf(acts)).toContain("Yes, it's safe");
  });

  it('signposts the stalking helpline with whether it is open now', async () => {
    const conv = await started();
    const acts = await conv.say('I have been stalked for two years by my ex and he keeps turning up at my work');
    expect(textOf(acts)).toContain('0808 802 0300');
    expect(textOf(acts)).toMatch(/National Stalking Helpline[^\n]*(Open now|Closed now)/);
  });

  it('grows one urgent case when the resident keeps disclosing, rather than opening new ones', async () => {
    const conv = await started();
    const first = await conv.say('my husband hits me');
    const reference = REFERENCE.exec(textOf(first))?.[0] ?? '';
    const second = await conv.say('he also said he would kill me if I told anyone');
    expect(REFERENCE.exec(textOf(second))?.[0]).toBe(reference);
    expect(textOf(second)).toMatch(/added this to what you told us/);
    const update = await urgentMailFor(reference, (m) => /update/.test(m.parsed.subject ?? ''));
    const record = jsonRecord(update);
    expect(JSON.stringify(record?.['transcript'])).toContain('kill me');
    expect(JSON.stringify(record?.['transcript'])).toContain('my husband hits me');
    const urgentCases = new Set(stack.smtp.messages.filter((m) => jsonRecord(m)?.['kind'] === 'urgent' && JSON.stringify(jsonRecord(m)?.['transcript']).includes('my husband hits me')).map((m) => jsonRecord(m)?.['reference']));
    expect(urgentCases.size).toBe(1);
  });

  it('treats "I\'m not safe" in the support journey as a disclosure: 999 first, then staff', async () => {
    const conv = await started();
    await conv.say('Get support as a victim');
    await conv.say('Stalking or harassment');
    const acts = await conv.say("No, I'm not safe");
    expect(firstMessage(acts)).toMatch(/call 999/);
    expect(handoffs(acts)).toHaveLength(1);
    expect(textOf(acts)).toContain('0808 802 0300');
    const reference = REFERENCE.exec(textOf(acts))?.[0] ?? '';
    const record = jsonRecord(await urgentMailFor(reference));
    expect(record).toMatchObject({ kind: 'urgent', risk: { level: 'emergency', topics: ['stalking'] } });
  });

  it('hands domestic abuse chosen in the support journey to staff, then asks how to contact safely', async () => {
    const conv = await started();
    await conv.say('Get support as a victim');
    const safe = await conv.say('Domestic abuse');
    expect(handoffs(safe)).toHaveLength(0);
    const acts = await conv.say("Yes, I'm safe");
    expect(handoffs(acts)).toHaveLength(1);
    expect(textOf(acts)).toContain('0808 2000 247');
    expect(textOf(acts)).toMatch(/Is it safe for us to contact you/);
    const reference = REFERENCE.exec(textOf(acts))?.[0] ?? '';
    const record = jsonRecord(await urgentMailFor(reference));
    expect(record).toMatchObject({ kind: 'urgent', risk: { level: 'high', topics: ['domestic-abuse'] } });
    await conv.say("Yes, it's safe");
    await conv.say('07700 900456');
    const done = await conv.say('Weekday mornings');
    expect(textOf(done)).toMatch(/Staff will only use these details/);
  });

  it('lets the resident stop after the handoff', async () => {
    const conv = await started();
    await conv.say("Comment on the commissioner's work");
    await conv.say('my ex keeps following me home from work');
    await conv.say("No, it's not safe");
    const acts = await conv.say('No, stop here');
    expect(textOf(acts)).toMatch(/Take care/);
    const next = await conv.say('Something else');
    expect(textOf(next)).toMatch(/What is your question about/);
  });
});

describe('a disclosure in pieces, or in answer to a question', () => {
  it('reads a typed answer to "Are you safe right now?": "not really" is not safe', async () => {
    const conv = await started();
    await conv.say('Get support as a victim');
    await conv.say('Something else');
    const acts = await conv.say('not really');
    expect(firstMessage(acts)).toMatch(/call 999/);
    expect(handoffs(acts)[0]?.value).toMatchObject({ level: 'emergency' });
  });
});

describe('a message in a language the screen cannot read', () => {
  it('goes to a person, with 999 in that language and in English, and no English questions after it', async () => {
    const conv = await started();
    const acts = await conv.say('Dzień dobry, mój mąż zabrał mi paszport i nie pozwala mi wychodzić z domu');
    const [handoff] = handoffs(acts);
    expect(handoff?.value).toMatchObject({ level: 'high' });
    expect(JSON.stringify(handoff?.value)).toMatch(/written in Polish/);
    expect(firstMessage(acts)).toContain('zadzwoń pod numer 999');
    expect(firstMessage(acts)).toContain('If you or someone else is in danger now, call 999');
    expect(textOf(acts)).toMatch(/a member of staff will read your message/);
    expect(textOf(acts)).not.toMatch(/Is it safe for us to contact you/);
    const reference = REFERENCE.exec(textOf(acts))?.[0] ?? '';
    const record = jsonRecord(await urgentMailFor(reference));
    expect(JSON.stringify(record?.['risk'])).toMatch(/Polish/);
  });

  it('is an emergency when it has words of danger now, in Urdu typed in Latin letters too', async () => {
    const conv = await started();
    const acts = await conv.say('meri madad karo mera shohar mujhe maar raha hai abhi');
    expect(handoffs(acts)[0]?.value).toMatchObject({ level: 'emergency' });
    expect(firstMessage(acts)).toContain('Agar aap khatre mein hain to 999');
  });

  it('leaves English full of slang and names alone', async () => {
    const conv = await started();
    const acts = await conv.say('wot u on abt m8, Agnieszka Kowalska said the bins r late again in Blackburn');
    expect(handoffs(acts)).toHaveLength(0);
  });
});

describe('words that only sound alarming', () => {
  it.each([
    'Speeding on my road is killing me, can you do something about it?',
    "I'm not in danger, I just want to comment on your stalking policy",
    'Thank you for funding the domestic abuse advocates, it is important work',
    'This form is killing me, can I just write a letter?',
  ])('"%s" is not handed over', async (text) => {
    const conv = await started();
    const acts = await conv.say(text);
    expect(handoffs(acts)).toHaveLength(0);
    expect(firstMessage(acts)).not.toMatch(/call 999\./);
  });
});
