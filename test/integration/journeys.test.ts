import { QUEUE_PREFIX } from '../../src/services/case-queues';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { buttonsOf, REFERENCE, textOf } from '../support/channel';
import type { SentActivity, TestConversation } from '../support/channel';
import { jsonRecord } from '../support/smtp-sink';
import { startStack } from '../support/test-stack';
import type { TestStack } from '../support/test-stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack.close();
});

/** Says each answer in turn; returns everything the bot sent, turn by turn. */
async function drive(conv: TestConversation, answers: readonly string[]): Promise<SentActivity[][]> {
  const turns: SentActivity[][] = [];
  for (const a of answers) turns.push(await conv.say(a));
  return turns;
}

function referenceIn(acts: readonly SentActivity[]): string {
  const m = REFERENCE.exec(textOf(acts));
  if (!m) throw new Error(`no reference in: ${textOf(acts)}`);
  return m[0];
}

function mailFor(reference: string) {
  return stack.smtp.waitFor((m) => m.parsed.subject?.startsWith(`[${reference}]`) === true);
}

describe('the greeting', () => {
  it('says it is not an emergency service and offers the four routes, and Welsh', async () => {
    const conv = stack.conversation();
    const acts = await conv.join();
    expect(textOf(acts)).toMatch(/not an emergency service/i);
    expect(textOf(acts)).toContain('999');
    expect(buttonsOf(acts)).toEqual(["Comment on the commissioner's work", 'Make a complaint', 'Get support as a victim', 'Something else', 'Cymraeg']);
  });

  it('answers on the health and readiness routes', async () => {
    expect((await fetch(`${stack.botUrl}/healthz`)).status).toBe(200);
    const ready = await fetch(`${stack.botUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ready: true, redis: true, workers: true });
  });
});

describe('a comment', () => {
  it('goes from the buttons to a reference and an e-mail with the JSON record, anonymously', async () => {
    const conv = stack.conversation();
    await conv.join();
    const [topic, words, contact, summary, done] = await drive(conv, [
      "Comment on the commissioner's work",
      'Safer roads',
      'Thank you for the new PCSOs in Fleetwood. <script>alert(1)</script> & more',
      "No, I'll stay anonymous",
      'Yes, send it',
    ]);
    expect(buttonsOf(topic ?? [])).toContain('Safer roads');
    expect(textOf(words ?? [])).toMatch(/what would you like to tell/i);
    expect(buttonsOf(contact ?? []).some((b) => /anonymous/i.test(b))).toBe(true);
    expect(textOf(summary ?? [])).toContain('Fleetwood');
    const reference = referenceIn(done ?? []);
    expect(reference).toMatch(/^LAN-\d{4}-\d{6}$/);

    const mail = await mailFor(reference);
    expect(mail.to).toEqual([stack.config.office.mailboxes.comment]);
    const record = jsonRecord(mail);
    expect(record).toMatchObject({ schemaVersion: 1, reference, kind: 'comment', office: 'lancashire', channel: 'webchat', locale: 'en-GB', contact: null, risk: { level: 'none' } });
    expect(record?.['details']).toContain('Fleetwood');
    expect(String(record?.['receivedAt'])).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d$/);
    expect(mail.parsed.attachments[0]?.filename).toBe(`${reference}.json`);
    expect(mail.parsed.text).toContain('Fleetwood');
    expect(mail.parsed.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
    expect(mail.parsed.html).not.toContain('<script>alert(1)');
  });

  it('takes the comment itself when the resident types it instead of picking a topic', async () => {
    const conv = stack.conversation();
    await conv.join();
    const [, afterTopic] = await drive(conv, ['Can I leave some feedback for the commissioner?', 'Road safety near schools in Chorley should be a priority in the plan.']);
    expect(textOf(afterTopic ?? [])).toMatch(/contact you/i);
    const [, done] = await drive(conv, ["No, I'll stay anonymous", 'Yes, send it']);
    const record = jsonRecord(await mailFor(referenceIn(done ?? [])));
    expect(record?.['details']).toContain('Chorley');
  });
});

describe('a complaint', () => {
  it('about the Chief Constable is taken from the resident\'s own words, with a way to reply', async () => {
    const conv = stack.conversation();
    await conv.join();
    const [explain, , , badEmail, goodEmail, confirmQ, done] = await drive(conv, [
      "I'd like to complain about the chief constable",
      'The Chief Constable ignored the petition about policing in Skelmersdale.',
      'Alex Taylor',
      'alex.taylor@example',
      'alex.taylor@example.org',
      'Yes, please',
      'Yes, send it',
    ]);
    expect(textOf(explain ?? [])).toMatch(/commissioner deals with complaints about the Chief Constable/i);
    expect(textOf(badEmail ?? [])).toMatch(/after the @ doesn't look right/i);
    expect(textOf(goodEmail ?? [])).toMatch(/confirmation e-mail/i);
    expect(textOf(confirmQ ?? [])).toContain('Skelmersdale');
    const reference = referenceIn(done ?? []);
    expect(textOf(done ?? [])).toMatch(/20 working days/);

    const record = jsonRecord(await mailFor(reference));
    expect(record).toMatchObject({
      kind: 'complaint',
      complaint: { about: 'chief-constable', handledBy: 'pcc' },
      contact: { name: 'Alex Taylor', email: 'alex.taylor@example.org', consentToContact: true },
    });
    const copy = await stack.smtp.waitFor((m) => m.to.includes('alex.taylor@example.org'));
    expect(copy.parsed.subject).toContain(reference);
    expect(copy.parsed.text).not.toContain('Skelmersdale');
    expect(copy.parsed.attachments).toHaveLength(0);
  });

  it('about an officer explains Professional Standards and makes no case when the resident will go to them', async () => {
    const conv = stack.conversation();
    await conv.join();
    const [explain, after] = await drive(conv, ['An officer was really rude to me and I want to complain', "No, I'll contact them myself"]);
    expect(textOf(explain ?? [])).toContain('Lancashire Constabulary Professional Standards Department');
    expect(textOf(explain ?? [])).toContain('policeconduct.gov.uk');
    expect(REFERENCE.test(textOf(after ?? []))).toBe(false);
  });

  it('about the commissioner explains the Police and Crime Panel and can pass it on', async () => {
    const conv = stack.conversation();
    await conv.join();
    const [explain, ...rest] = await drive(conv, [
      'I want to complain about the police and crime commissioner',
      'Yes, please pass it on',
      'He made misleading statements at the public meeting in Burnley.',
      'Sam Jones',
      '07700 900123',
      'Yes, send it',
    ]);
    expect(textOf(explain ?? [])).toContain('Lancashire Police and Crime Panel');
    expect(textOf(explain ?? [])).toContain('01254 585321');
    const reference = referenceIn(rest.at(-1) ?? []);
    const record = jsonRecord(await mailFor(reference));
    expect(record).toMatchObject({ complaint: { about: 'pcc-or-deputy', handledBy: 'police-and-crime-panel', passOnWithConsent: true }, contact: { phone: '07700 900123' } });
  });

  it('asking for a review says the 28-day rule and records the letter date and police reference', async () => {
    const conv = stack.conversation();
    await conv.join();
    const letter = new Date(Date.now() - 5 * 86_400_000);
    const dd = String(letter.getUTCDate()).padStart(2, '0');
    const mm = String(letter.getUTCMonth() + 1).padStart(2, '0');
    const [, about, future, inTime, , , , , done] = await drive(conv, [
      'Make a complaint',
      'The outcome of a complaint I already made',
      '01/01/2099',
      `${dd}/${mm}/${letter.getUTCFullYear()}`,
      'LC-20261101-1234',
      'They never spoke to my witness.',
      'Alex Taylor',
      'alex.taylor@example.org',
      'No, thank you',
    ]);
    expect(textOf(about ?? [])).toMatch(/within 28 days/);
    expect(textOf(future ?? [])).toMatch(/in the future/);
    expect(textOf(inTime ?? [])).toMatch(/you are in time/);
    const final = await conv.say('Yes, send it');
    const record = jsonRecord(await mailFor(referenceIn(final)));
    expect(record?.['complaint']).toMatchObject({ about: 'review-request', forceReference: 'LC-20261101-1234', lateReviewRequest: false });
    expect(done).toBeDefined();
  });
});

describe('support for a victim', () => {
  it('shows the services that fit with their hours, and takes a call-back request', async () => {
    const conv = stack.conversation();
    await conv.join();
    const [, , services, , , , summary] = await drive(conv, [
      'Get support as a victim',
      'Fraud or a scam',
      "Yes, I'm safe",
      'Yes, ask the office to contact me',
      'Alex Taylor',
      '07700 900123',
      'Weekday mornings',
    ]);
    expect(textOf(services ?? [])).toContain('08 08 16 89 111');
    expect(textOf(services ?? [])).toMatch(/Open 24 hours/);
    expect(textOf(summary ?? [])).toMatch(/Weekday mornings/);
    const reference = referenceIn(await conv.say('Yes, send it'));
    const record = jsonRecord(await mailFor(reference));
    expect(record).toMatchObject({ kind: 'support', support: { whatHappened: 'fraud', request: 'call-back', safeNow: 'yes' }, contact: { phone: '07700 900123', safeTimes: 'Weekday mornings', consentToContact: true } });
  });
});

describe('something else', () => {
  it('answers a Freedom of Information question from the office profile without making a case', async () => {
    const conv = stack.conversation();
    await conv.join();
    const [answer, after] = await drive(conv, ['How do I make a freedom of information request?', 'Yes, thank you']);
    expect(textOf(answer ?? [])).toMatch(/within 20 working days/);
    expect(textOf(answer ?? [])).toContain('commissioner@lancashire-pcc.gov.uk');
    expect(REFERENCE.test(textOf(after ?? []))).toBe(false);
  });

  it('takes an enquiry the profile cannot answer', async () => {
    const conv = stack.conversation();
    await conv.join();
    const turns = await drive(conv, ['Something else', 'Something else', 'Can the commissioner attend our residents association meeting in Garstang?', "No, I'll stay anonymous", 'Yes, send it']);
    const record = jsonRecord(await mailFor(referenceIn(turns.at(-1) ?? [])));
    expect(record).toMatchObject({ kind: 'enquiry', enquiry: { topic: 'other' } });
    expect(record?.['details']).toContain('Garstang');
  });
});

describe('at any point', () => {
  it('"help" explains and asks the same question again', async () => {
    const conv = stack.conversation();
    await conv.join();
    await conv.say('Make a complaint');
    const acts = await conv.say('help');
    expect(textOf(acts)).toMatch(/start again/);
    expect(textOf(acts)).toMatch(/Who or what is your complaint about/);
  });

  it('"cancel" stops the journey and sends nothing', async () => {
    const conv = stack.conversation();
    await conv.join();
    await drive(conv, ["Comment on the commissioner's work", 'Safer roads']);
    const acts = await conv.say('cancel');
    expect(textOf(acts)).toMatch(/I've stopped/);
    const next = await conv.say('Something else');
    expect(textOf(next)).toMatch(/What is your question about/);
  });

  it('"start again" goes back to the menu', async () => {
    const conv = stack.conversation();
    await conv.join();
    await conv.say('Make a complaint');
    const acts = await conv.say('start again');
    expect(buttonsOf(acts)).toContain('Get support as a victim');
  });

  it('"talk to a person" gives the office\'s phone and offers to take a message', async () => {
    const conv = stack.conversation();
    await conv.join();
    const acts = await conv.say('talk to a person');
    expect(textOf(acts)).toContain('01772 533 587');
    expect(textOf(acts)).toMatch(/What would you like to ask the office/);
  });

  it('says goodbye when the resident is done, rather than "I did not understand"', async () => {
    const conv = stack.conversation();
    await conv.join();
    await drive(conv, ['How do I make a freedom of information request?', 'Yes, thank you']);
    const acts = await conv.say("No, that's everything");
    expect(textOf(acts)).toMatch(/Thank you for getting in touch/);
    expect(textOf(acts)).not.toMatch(/didn't quite understand/);
  });

  it('gives up politely after three wrong answers instead of looping', async () => {
    const conv = stack.conversation();
    await conv.join();
    const turns = await drive(conv, ["I'd like to complain about the chief constable", 'He ignored us.', 'Alex', 'not sure', 'dunno', 'no idea']);
    expect(textOf(turns[3] ?? [])).toMatch(/Please give an e-mail address/);
    expect(textOf(turns[5] ?? [])).toMatch(/having trouble understanding/);
    expect(textOf(turns[5] ?? [])).toMatch(/can't deal with a complaint without a way to reply/);
  });
});

describe('nothing is lost or doubled', () => {
  it('a redelivered activity makes no second case', async () => {
    const conv = stack.conversation();
    await conv.join();
    await drive(conv, ["Comment on the commissioner's work", 'Safer roads', 'More speed checks on the A6 please.', "No, I'll stay anonymous"]);
    const send = conv.activity({ text: 'Yes, send it' });
    const first = await conv.send(send);
    const again = await conv.send(send);
    const reference = referenceIn(first);
    expect(again).toEqual([]);
    await mailFor(reference);
    await new Promise((r) => setTimeout(r, 500));
    expect(stack.smtp.messages.filter((m) => m.parsed.subject?.startsWith(`[${reference}]`))).toHaveLength(1);
    const other = stack.smtp.messages.filter((m) => jsonRecord(m)?.['details'] === 'More speed checks on the A6 please.');
    expect(other).toHaveLength(1);
  });

  it('an SMTP outage delays the e-mail but does not lose it', async () => {
    stack.smtp.failWith = 421;
    try {
      const conv = stack.conversation();
      await conv.join();
      const turns = await drive(conv, ["Comment on the commissioner's work", 'Safer roads', 'Please light the path by the canal in Burscough.', "No, I'll stay anonymous", 'Yes, send it']);
      const reference = referenceIn(turns.at(-1) ?? []);
      await new Promise((r) => setTimeout(r, 800));
      expect(stack.smtp.messages.some((m) => m.parsed.subject?.startsWith(`[${reference}]`))).toBe(false);
      stack.smtp.failWith = null;
      await mailFor(reference);
      await new Promise((r) => setTimeout(r, 800));
      expect(stack.smtp.messages.filter((m) => m.parsed.subject?.startsWith(`[${reference}]`))).toHaveLength(1);
    } finally {
      stack.smtp.failWith = null;
    }
  });

  it('a permanent refusal is not retried and the job is kept for a person to inspect', async () => {
    stack.smtp.failWith = 550;
    let reference = '';
    try {
      const conv = stack.conversation();
      await conv.join();
      const turns = await drive(conv, ["Comment on the commissioner's work", 'Safer roads', 'A comment the mail server will refuse.', "No, I'll stay anonymous", 'Yes, send it']);
      reference = referenceIn(turns.at(-1) ?? []);
      const connection = new Redis(stack.redisUrl, { maxRetriesPerRequest: null });
      const queue = new Queue('cases-comment', { connection, prefix: QUEUE_PREFIX });
      try {
        let state = '';
        for (let i = 0; i < 50 && state !== 'failed'; i++) {
          state = await queue.getJobState(`${reference}.office`);
          if (state !== 'failed') await new Promise((r) => setTimeout(r, 100));
        }
        expect(state).toBe('failed');
        const job = await queue.getJob(`${reference}.office`);
        expect(job?.attemptsMade).toBe(1);
        expect(job?.failedReason).toMatch(/permanent/);
      } finally {
        await queue.close();
        await connection.quit();
      }
    } finally {
      stack.smtp.failWith = null;
    }
  });
});
