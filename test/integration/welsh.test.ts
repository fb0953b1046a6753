import escapeHtml from 'escape-html';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonsOf, REFERENCE, textOf } from '../support/channel';
import type { SentActivity, TestConversation } from '../support/channel';
import { jsonRecord } from '../support/smtp-sink';
import { startStack } from '../support/test-stack';
import type { TestStack } from '../support/test-stack';

// Welsh as an equal: every journey in Welsh, the resident choosing the language, a Welsh opener
// answered in Welsh, the channel's locale honoured, and the office told to reply in Welsh.
let stack: TestStack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

type Tree = { [k: string]: string | string[] | Tree };
const english = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'locales', 'en-GB.json'), 'utf8')) as Tree;
/** Every English sentence of five words or more the bot could say (placeholders cut out). */
function englishSentences(t: Tree, out: string[] = []): string[] {
  for (const [k, v] of Object.entries(t)) {
    // emergencyWelsh is the Welsh 999 line kept for English conversations: Welsh, not English.
    if (k === 'words' || k === 'emergencyWelsh' || Array.isArray(v)) continue;
    if (typeof v !== 'string') {
      englishSentences(v, out);
      continue;
    }
    for (const part of v.split(/\{\w+\}|\n+|(?<=[.!?:])\s+/)) if (part.trim().split(/\s+/).length >= 5) out.push(part.trim());
  }
  return out;
}
const SENTENCES = englishSentences(english);
if (SENTENCES.length < 100) throw new Error(`only ${SENTENCES.length} English sentences read from en-GB.json`);

/** What the bot said, without what is a name or a number: the office's data as written, links, e-mail addresses. */
function withoutNames(text: string): string {
  const p = stack.config.office;
  let t = text;
  for (const name of [p.contact.address, p.complaintRoutes.policeAndCrimePanel.address ?? '', ...Object.values(p.mailboxes), p.contact.email]) if (name) t = t.split(name).join(' ');
  return t.replace(/https?:\/\/\S+|\S+@\S+/g, ' ');
}

function expectNoEnglish(acts: readonly SentActivity[]): void {
  const said = withoutNames([textOf(acts), ...buttonsOf(acts)].join('\n'));
  for (const s of SENTENCES) expect(said).not.toContain(s);
  expect(said).not.toMatch(/\b(?:the|you|your|please|we'll|we will|would you|thank you|call us|choose)\b/i);
}

async function drive(conv: TestConversation, answers: readonly string[]): Promise<SentActivity[]> {
  const all: SentActivity[] = [];
  for (const a of answers) all.push(...(await conv.say(a)));
  return all;
}

const mailFor = (reference: string) => stack.smtp.waitFor((m) => m.parsed.subject?.startsWith(`[${reference}]`) === true);

describe('a conversation in Welsh', () => {
  it.each([
    ['a comment', ['Rhoi sylw ar waith y comisiynydd', 'Ffyrdd mwy diogel', 'Mae angen croesfan ger yr ysgol ym Mangor.', 'Na, rydw i am aros yn ddienw', 'Ie, anfonwch ef'], 'comment'],
    ['a complaint about the Chief Constable', ['Gwneud cwyn', 'Y Prif Gwnstabl', 'Anwybyddodd y Prif Gwnstabl ein deiseb.', 'Siân Jones', 'sian@example.org', 'Dim diolch', 'Ie, anfonwch ef'], 'complaint'],
    ['support, with a call-back', ['Cael cymorth fel dioddefwr', 'Twyll neu sgam', "Ydw, rydw i'n ddiogel", "Ie, gofynnwch i'r swyddfa gysylltu â fi", 'Siân Jones', '07700 900123', 'Bore dydd Llun', 'Ie, anfonwch ef'], 'support'],
    ['a question for the office', ['Rhywbeth arall', 'Cynllun yr Heddlu a Throseddu', "Naddo, hoffwn ofyn i'r swyddfa", 'Pryd fydd y cynllun nesaf?', 'Siân Jones', 'sian@example.org', 'Dim diolch', 'Ie, anfonwch ef'], 'enquiry'],
  ] as const)('completes %s with no English, and the office is told to reply in Welsh', async (_name, answers, kind) => {
    const conv = stack.conversation('webchat', 'cy-GB');
    const greeting = await conv.join();
    expect(textOf(greeting)).toContain('Nid gwasanaeth brys yw hwn');
    expect(buttonsOf(greeting)).toContain('English');
    const acts = await drive(conv, answers);
    expectNoEnglish(acts);
    const reference = REFERENCE.exec(textOf(acts))?.[0] ?? '';
    expect(reference).not.toBe('');
    const mail = await mailFor(reference);
    expect(jsonRecord(mail)).toMatchObject({ kind, locale: 'cy-GB' });
    expect(mail.parsed.text).toContain('Reply in: WELSH (Cymraeg)');
  });

  it('answers a disclosure in Welsh, 999 first, with the Welsh services', async () => {
    const conv = stack.conversation('webchat', 'cy-GB');
    await conv.join();
    const acts = await conv.say('Mae fy nghyn-bartner y tu allan i fy nhŷ gyda chyllell nawr');
    const first = acts.find((a) => a.type === 'message')?.text ?? '';
    expect(first).toMatch(/ffoniwch 999/i);
    expect(first).not.toMatch(/\bcall 999\b/i);
    expect(acts.some((a) => a.type === 'event' && a.name === 'handoff.initiate')).toBe(true);
    expectNoEnglish(acts);
  });

  it('understands Welsh commands at any point: help, cancel, start again, talk to a person', async () => {
    const conv = stack.conversation('webchat', 'cy-GB');
    await conv.join();
    await conv.say('Gwneud cwyn');
    expect(textOf(await conv.say('help'))).toContain('dechrau eto');
    expect(textOf(await conv.say('canslo'))).toMatch(/stopio/);
    expect(buttonsOf(await conv.say('dechrau eto'))).toContain('Gwneud cwyn');
    expect(textOf(await conv.say('Ga i siarad â pherson?'))).toContain(stack.config.office.contact.phone);
  });
});

describe('the web page in Welsh', () => {
  it('is in Welsh with ?lang=cy (title, exit button, privacy line), links to English, and opens the chat in Welsh', async () => {
    const cy = await (await fetch(`${stack.botUrl}/?lang=cy`)).text();
    const welsh = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'locales', 'cy-GB.json'), 'utf8')) as { web: Record<string, string> };
    expect(cy).toContain('<html lang="cy-GB">');
    for (const k of ['leave', 'notEmergency', 'privacy', 'skipLink']) expect(cy).toContain(escapeHtml(welsh.web[k] ?? ''));
    expect(cy).toContain(escapeHtml("Cysylltu â'r comisiynydd"));
    expect(cy).toContain('href="/?lang=en"');
    expect(cy).toContain('data-locale="cy-GB"');
    const en = await (await fetch(`${stack.botUrl}/`)).text();
    expect(en).toContain('<html lang="en-GB">');
    expect(en).toContain('href="/?lang=cy"');
  });
});

describe('choosing the language', () => {
  it('offers Cymraeg in the English greeting, switches on it, and back on "English"', async () => {
    const conv = stack.conversation();
    const greeting = await conv.join();
    expect(buttonsOf(greeting).at(-1)).toBe('Cymraeg');
    const welsh = await conv.say('Cymraeg');
    expect(textOf(welsh)).toContain('Nid gwasanaeth brys yw hwn');
    expect(buttonsOf(welsh)).toContain('Gwneud cwyn');
    const back = await conv.say('English');
    expect(textOf(back)).toContain('This is not an emergency service');
  });

  it('answers a Welsh opener in Welsh, in an English-speaking channel, and keeps to Welsh', async () => {
    const conv = stack.conversation();
    await conv.join();
    const acts = await conv.say('Hoffwn wneud cwyn am y Prif Gwnstabl');
    expect(textOf(acts)).toContain('Prif Gwnstabl');
    expectNoEnglish(acts);
    // A reply typed in English words ("ok") does not switch it back: only the resident's choice does.
    expectNoEnglish(await conv.say('Dim byd wedi newid ers y ddeiseb ym mis Mawrth'));
  });

  it("honours the channel's locale, cy and cy-GB", async () => {
    for (const locale of ['cy', 'cy-GB']) {
      const conv = stack.conversation('webchat', locale);
      expect(textOf(await conv.join())).toContain('Nid gwasanaeth brys yw hwn');
    }
  });

  it('switches mid-journey without losing what was said, and says so in the new language', async () => {
    const conv = stack.conversation();
    await conv.join();
    await conv.say("Comment on the commissioner's work");
    const switched = await conv.say('Welsh');
    expect(textOf(switched)).toContain('yn Gymraeg o hyn ymlaen');
    // The journey carries on where it was: the topic question is asked again.
    expect(buttonsOf(switched).length).toBeGreaterThan(3);
  });
});
