import { describe, expect, it } from 'vitest';
import { ConnectorStandIn, REFERENCE, textOf } from '../support/channel';
import { startStack } from '../support/test-stack';

describe('the staff Teams channel', () => {
  it('gets an urgent card with the reference, reasons and a short extract, with the contact details taken out', async () => {
    const teams = new ConnectorStandIn();
    const teamsUrl = await teams.start();
    const staffConversation = '19:pcc-staff@thread.tacv2';
    const stack = await startStack({ STAFF_TEAMS_SERVICE_URL: teamsUrl, STAFF_TEAMS_CONVERSATION_ID: staffConversation });
    try {
      const conv = stack.conversation();
      await conv.join();
      const acts = await conv.say('my boyfriend strangled me last night and I am scared to go home, my number is 07700 900123 and I live at PR1 2AB');
      const reference = REFERENCE.exec(textOf(acts))?.[0] ?? '';
      expect(reference).not.toBe('');
      let posted = teams.activities(staffConversation);
      for (let i = 0; i < 50 && posted.length === 0; i++) {
        await new Promise((r) => setTimeout(r, 100));
        posted = teams.activities(staffConversation);
      }
      expect(posted).toHaveLength(1);
      const card = JSON.stringify(posted[0]?.attachments);
      expect(card).toContain(reference);
      expect(card).toContain('application/vnd.microsoft.card.adaptive');
      expect(card).toContain('strangled me last night');
      expect(card).not.toContain('07700 900123');
      expect(card).not.toContain('PR1 2AB');
      expect(card).toContain('"verb":"acknowledge"');
      await stack.smtp.waitFor((m) => m.parsed.subject?.startsWith(`[${reference}]`) === true);
    } finally {
      await stack.close();
      await teams.stop();
    }
  });
});
