import path from 'node:path';
import pino from 'pino';
import { DialogTestClient } from 'botbuilder-testing';
import { describe, expect, it } from 'vitest';
import { loadOfficeProfile } from '../../src/config';
import { ConversationMemory } from '../../src/dialogs/conversation-memory';
import type { DialogDeps } from '../../src/dialogs/dialog-deps';
import type { CaseDesk } from '../../src/domain/case-draft';
import { LocaleText } from '../../src/i18n/locale-text';
import { ComplaintDialog } from '../../src/journeys/complaint/complaint-dialog';

// One dialog on its own, through botbuilder-testing's client: who handles a complaint, said plainly.
// Nothing here may be filed, so the case desk refuses every call (the whole stack is tested in test/integration).
const refusingDesk: CaseDesk = {
  submit: () => Promise.reject(new Error('nothing should be filed')),
  raiseUrgent: () => Promise.reject(new Error('nothing should be filed')),
  updateUrgentContact: () => Promise.reject(new Error('nothing should be filed')),
};
const profile = loadOfficeProfile('lancashire', path.join(__dirname, '..', '..', 'offices'));
const deps: DialogDeps = { profile, cases: refusingDesk, now: () => new Date('2026-12-03T10:00:00Z'), log: pino({ level: 'silent' }), memory: new ConversationMemory() };
const t = new LocaleText('en-GB');

async function replies(client: DialogTestClient, text: string): Promise<string> {
  const first = await client.sendActivity(text);
  const all = [first];
  for (let next = client.getNextReply(); next; next = client.getNextReply()) all.push(next);
  return all.map((a) => a?.text ?? '').join('\n');
}

describe('the complaint journey on its own', () => {
  it("sends a complaint about an officer to the force's Professional Standards, with their contact details, and files nothing when the resident will go to them", async () => {
    const client = new DialogTestClient('test', new ComplaintDialog(deps));
    const asked = await replies(client, 'hi');
    expect(asked).toContain(t.t('complaint.askAbout'));

    const route = await replies(client, t.t('complaint.about.officer-or-staff'));
    const psd = profile.complaintRoutes.forceProfessionalStandards;
    expect(route).toContain(psd.body);
    if (psd.phone) expect(route).toContain(psd.phone);
    if (psd.officePassesOn) {
      expect(route).toContain(t.t('complaint.askPassOn', { body: psd.body }));
      const declined = await replies(client, t.t('complaint.passOnNo'));
      expect(declined).toContain(t.t('complaint.selfRefer'));
    }
    expect(client.dialogTurnResult.status).toBe('complete');
  });

  it('takes a complaint about the Chief Constable for the commissioner, and asks what happened', async () => {
    const client = new DialogTestClient('test', new ComplaintDialog(deps), { about: 'chief-constable' });
    const said = await replies(client, 'hi');
    expect(said).toContain(t.t('complaint.route.chief'));
    expect(client.dialogTurnResult.status).toBe('waiting');
  });
});
