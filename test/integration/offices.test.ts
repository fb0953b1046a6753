import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonsOf, REFERENCE, textOf } from '../support/channel';
import type { TestConversation } from '../support/channel';
import { jsonRecord } from '../support/smtp-sink';
import { startStack } from '../support/test-stack';
import type { TestStack } from '../support/test-stack';

// A second office by data alone: the same journeys, with no code change, against each profile.
describe.each(['lancashire', 'north-wales'])('the office %s', (office) => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack({ OFFICE: office });
  });
  afterAll(async () => {
    await stack?.close();
  });

  const profile = () => stack.config.office;
  const referenceIn = (text: string): string => {
    const m = REFERENCE.exec(text);
    if (!m) throw new Error(`no reference in: ${text}`);
    return m[0];
  };
  async function drive(conv: TestConversation, answers: readonly string[]): Promise<string> {
    let all = '';
    for (const a of answers) all += `\n${textOf(await conv.say(a))}`;
    return all;
  }

  it('takes a comment with its own reference prefix and mails its own mailbox', async () => {
    const conv = stack.conversation();
    await conv.join();
    const said = await drive(conv, ["Comment on the commissioner's work", 'Supporting victims', 'Thank you for the new victim service.', "No, I'll stay anonymous", 'Yes, send it']);
    const reference = referenceIn(said);
    expect(reference.startsWith(`${profile().referencePrefix}-`)).toBe(true);
    const mail = await stack.smtp.waitFor((m) => m.parsed.subject?.startsWith(`[${reference}]`) === true);
    expect(mail.to).toEqual([profile().mailboxes.comment]);
    expect(jsonRecord(mail)).toMatchObject({ office: office, kind: 'comment' });
  });

  it('says who handles a complaint about an officer: its own force', async () => {
    const conv = stack.conversation();
    await conv.join();
    const said = textOf(await conv.say('An officer was really rude to me and I want to complain'));
    expect(said).toContain(profile().complaintRoutes.forceProfessionalStandards.body);
  });

  it('takes a complaint about the Chief Constable itself', async () => {
    const conv = stack.conversation();
    await conv.join();
    const said = await drive(conv, ["I'd like to complain about the chief constable", 'The Chief Constable ignored our petition.', 'Alex Taylor', 'alex.taylor@example.org', 'No, thank you', 'Yes, send it']);
    const record = jsonRecord(await stack.smtp.waitFor((m) => m.parsed.subject?.startsWith(`[${referenceIn(said)}]`) === true));
    expect(record?.['complaint']).toMatchObject({ about: 'chief-constable' });
  });

  it('answers danger with 999 and signposts its own domestic abuse line', async () => {
    const conv = stack.conversation();
    await conv.join();
    const danger = textOf(await conv.say("he's at my door right now and he's got a knife"));
    expect(danger).toContain('999');
    const support = stack.conversation();
    await support.join();
    const said = textOf(await support.say('I need help, my partner hurts me'));
    const first = profile().signposting['domestic-abuse']?.map((id) => profile().services.find((s) => s.id === id)).find((s) => s?.phone);
    expect(first?.phone).toBeTruthy();
    expect(said).toContain(first?.phone ?? '');
  });

  it('offers Welsh, first where its profile lists it first', async () => {
    const conv = stack.conversation();
    const greeting = await conv.join();
    const welshFirst = profile().locales[0] === 'cy-GB';
    expect(buttonsOf(greeting).indexOf('Cymraeg')).toBe(welshFirst ? 0 : buttonsOf(greeting).length - 1);
    if (welshFirst) expect(textOf(greeting).indexOf('Gymraeg')).toBeLessThan(textOf(greeting).indexOf('This is not an emergency service'));
    // A channel that gives no locale gets the office's first language.
    const bare = stack.conversation('webchat', '');
    const first = await bare.send({ ...bare.activity({ type: 'conversationUpdate', membersAdded: [{ id: 'pcc-bot' }, { id: bare.userId }] }), locale: undefined });
    expect(textOf(first)).toContain(welshFirst ? 'Nid gwasanaeth brys yw hwn' : 'This is not an emergency service');
    // The web page opens in the office's first language.
    const page = await (await fetch(`${stack.botUrl}/`)).text();
    expect(page).toContain(`<html lang="${welshFirst ? 'cy-GB' : 'en-GB'}">`);
  });
});
