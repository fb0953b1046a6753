import { describe, expect, it } from 'vitest';
import { isClosing, recogniseCommand, understand } from '../../src/domain/intent';
import { LocaleText } from '../../src/i18n/locale-text';

const english = new LocaleText('en-GB').commandWords();

describe('understanding what a resident wants', () => {
  const cases: Record<string, string[]> = {
    comment: [
      'Can I leave some feedback for the commissioner?',
      'i want to make a comment',
      'I have a suggestion about policing in my village',
      'Comment on the commissioner\'s work',
      'id like to give some feedbak',
      'I want to have my say on the police and crime plan',
      'Just wanted to say thank you to the officers who helped my mum',
      'hello there, I have been meaning to write for a while now, I have some thoughts about the priorities',
      'i want to say well done to the officers in blackpool',
      'the pcso was brilliant with my son',
      "I'd like to raise a concern about policing in Burnley",
    ],
    complaint: [
      "I'd like to complain about the chief constable",
      'I want to make a complaint',
      'An officer was really rude to me and I want to complain',
      'how do I complain about a police officer?',
      'i want to complian about the commisioner',
      'MAKE A COMPLAINT',
      'I wish to raise a complaint about a member of staff in your office',
      "I'm not happy with how my complaint was handled",
      'compliant about police',
      'the police didnt do anything about my burglary',
      'who do I talk to about a bad experience with an officer',
      'officer pulled me over for no reason and was aggresive',
      'my car was broken into last month and nobody came',
    ],
    support: [
      'I need help, I was burgled last week',
      'Get support as a victim',
      'i was a victim of fraud and need someone to talk to',
      'Im being harassed by my neighbours and need support',
      'where can victims of crime get support',
      'i need to speak to someone about what happened to me',
    ],
    enquiry: [
      'Something else',
      'I have a question',
      'How do I make a freedom of information request?',
      "What is the office's address?",
      'Can I volunteer with the office?',
      "I'm a journalist from the Lancashire Post",
      'Where can I find the Police and Crime Plan?',
      'hi i want to report my neighbour',
      'Someone stole my car last night',
      'How can I contact the commissioner',
      'what time does the office open',
      'im a reporter at the lancashire telegraph',
    ],
  };
  for (const [intent, phrases] of Object.entries(cases)) {
    for (const phrase of phrases) {
      it(`hears "${phrase}" as ${intent}`, () => {
        expect(understand(phrase).intent).toBe(intent);
      });
    }
  }

  it.each([
    ["I'd like to complain about the chief constable", 'chief-constable'],
    ['complaint about the Chief Con', 'chief-constable'],
    ['An officer was really rude to me and I want to complain', 'officer-or-staff'],
    ['I want to complain about a PCSO who ignored me', 'officer-or-staff'],
    ['I want to complain about the police and crime commissioner', 'pcc-or-deputy'],
    ['complaint about the deputy PCC', 'pcc-or-deputy'],
    ["I want to complain about someone in the commissioner's office", 'opcc-staff'],
    ["I'm not happy with the outcome of my complaint and want a review", 'review-request'],
  ])('routes "%s" to a complaint about %s', (text, about) => {
    expect(understand(text).complaintAbout).toBe(about);
  });

  it.each(['Hello, is anyone there?', 'asdfgh', 'ok'])('does not invent a route for "%s"', (text) => {
    expect(understand(text).intent).toBeNull();
  });

  it.each([
    ['help', 'help'],
    ['HELP', 'help'],
    ['start again', 'restart'],
    ['Start over', 'restart'],
    ['cancel', 'cancel'],
    ['Talk to a person', 'human'],
    ['can i speak to a real person', 'human'],
    ['I want to talk to someone', 'human'],
  ])('hears the command "%s"', (text, command) => {
    expect(recogniseCommand(text, english)).toBe(command);
  });

  it.each(["No, that's everything, thanks", 'thanks bye', 'nothing else thank you', 'Bye!'])('hears "%s" as the resident being done', (text) => {
    expect(isClosing(text, english)).toBe(true);
  });

  it.each(['no', 'thanks for the help earlier, but he came back', 'what else can I do?'])('does not hear "%s" as goodbye', (text) => {
    expect(isClosing(text, english)).toBe(false);
  });

  it('does not take a sentence that mentions help as the help command', () => {
    expect(recogniseCommand('I need help, my neighbour keeps shouting at me', english)).toBeNull();
  });
});
