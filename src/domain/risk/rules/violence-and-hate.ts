import { defineRules, H } from '../phrase';

/* Hate crime, and violence outside the home. Phrase rules: see phrase.ts for their language and clauses.ts for how a message is read. */
export const VIOLENCE_AND_HATE_RULES = defineRules([
  {
    id: 'hate-crime/hate-crime-hate-incident',
    level: H,
    topics: ['hate-crime'],
    purpose: 'describes a hate crime or hate incident: racist, homophobic or other hate abuse, or attacked for who they are',
    phrase: [
      '«(?:racist|racial|racially|homophobic|transphobic|biphobic|disablist|ableist|antisemitic|anti semitic|',
      'islamophobic|sectarian|religious|hate)» (?:abuse|abused|attack|attacked|slurs?|comments|graffiti|threats|',
      'harassment|harassed|assault|assaulted|names|insults|incident|incidents|crime|crimes|language|messages)|',
      '(?:attacked|abused|beaten|hit|spat at|targeted|harassed|threatened|called names|picked on|insulted|chased|',
      "assaulted) (?:[a-z']+ ){0,4}«(?:because|cos|for being|for wearing|for looking)» (?:(?:i'm|i am|we're|we are|",
      "he's|she's|they're|of (?:my|our|his|her|their)|my|his|her) )?(?:[a-z]+ ){0,2}(?:black|asian|muslim|jewish|gay|",
      'lesbian|trans|transgender|disabled|polish|gypsy|traveller|sikh|hindu|bi|bisexual|queer|foreign|immigrant|colour|',
      'race|religion|sexuality|disability|skin|hijab|turban|accent|wheelchair|romanian|chinese|indian|pakistani|',
      'african|eastern european)',
    ],
    framable: true,
    matches: [
      'some lads attacked me because I\'m gay',
      'I\'ve been getting homophobic abuse at work',
    ],
    ignores: [
      'My dog was attacked by another dog in the park',
    ],
  },
  {
    id: 'hate-crime/hate-crime-hate-incident-2',
    level: H,
    topics: ['hate-crime'],
    purpose: 'describes a hate crime happening to them: getting or suffering racist, homophobic or other hate abuse',
    phrase: [
      '(?:getting|got|been|being|receiving|received|suffering|subjected to|experiencing) (?:[a-z]+ )?«(?:racist|racial|',
      'homophobic|transphobic|disablist|antisemitic|islamophobic|sectarian|hate)» (?:abuse|attacks?|slurs|comments|',
      'threats|harassment|messages|graffiti|crime)',
    ],
    matches: [
      'I\'ve been getting homophobic abuse at work',
      'I\'m getting racist abuse from my neighbours every day',
    ],
    ignores: [
      'youths are riding motorbikes on the field every evening',
    ],
  },
  {
    id: 'violence/assaulted',
    level: H,
    topics: ['violence'],
    purpose: 'describes being assaulted: they or someone close was attacked, beaten, stabbed or mugged',
    phrase: [
      "(?:i|we|i've|we've|he|she|they|{REL}) (?:{ADV} )?(?:was|were|got|been|have been|has been|'ve been|'s been|",
      'had been|being) (?:{ADV} )?«(?:attacked|assaulted|assulted|assalted|asaulted|atacked|attaked|beaten(?: up)?|',
      'beat up|stabbed|punched|glassed|mugged|jumped|headbutted|kicked(?! out| off)|battered|strangled|strangeled|',
      'choked|shot(?! down| at dawn)|kidnapped|abducted|robbed at (?:knife|gun) ?point|set upon|knocked (?:out|',
      'unconscious|down)|spat at|bottled|hospitalised|put in hospital|pushed|slapped|threatened)»(?!(?: over| down|',
      " off)? by (?:a |the |next door's |their |his |her |[a-z]+'s )?(?:dog|dogs|car|van|bus|ball|cyclist|lorry|",
      'vehicle|taxi|bike|horse|bee|wasp|insect|seagull))',
    ],
    matches: [
      'i\'ve been stabbed',
      'my son has been stabbed',
    ],
    ignores: [
      'I saw the news about the man stabbed in Accrington, it\'s awful, are you doing more patrols?',
    ],
  },
  {
    id: 'violence/assaulted-2',
    level: H,
    topics: ['violence'],
    purpose: 'describes being assaulted: someone attacked, punched, stabbed or spat at them',
    phrase: [
      '(?:{SUBJ}|{UNK}) (?:{G1})?«(?:attacked|assaulted|stabbed|punched|glassed|mugged|jumped|headbutted|kicked|',
      'battered|strangled|choked|shot|bottled|spat at|spat on|beat up|beat me|knocked (?:me|her|him) (?:out|',
      'down))» (?:me|us|him|her|them|my|our)',
    ],
    matches: [
      'my neighbour spat at me again today',
      'some lads attacked me because I\'m gay',
    ],
    ignores: [
      'can u say that again',
    ],
  },
  {
    id: 'violence/stabbing-shooting',
    level: H,
    topics: ['violence'],
    purpose: 'mentions a stabbing or shooting',
    phrase: '«stabbing»|«shooting»|«stabbed»|«acid attack»',
    framable: true,
    matches: [
      'i\'ve been stabbed',
      'my son\'s been stabbed',
    ],
    ignores: [
      'I saw the news about the man stabbed in Accrington, it\'s awful, are you doing more patrols?',
    ],
  },
  {
    id: 'violence/was-assaulted',
    level: H,
    topics: ['violence'],
    purpose: 'says someone was assaulted',
    phrase: [
      '(?:someone|somebody|a (?:man|woman|lad|girl|boy|guy|teenager|student|pensioner)) (?:was|were|got|has been|',
      'had been) «(?:attacked|assaulted|beaten(?: up)?|beat up|stabbed|punched|glassed|mugged|jumped|shot|kidnapped|',
      'abducted)»',
    ],
    framable: true,
    matches: [
      'a lad was stabbed outside the chippy on Church Street',
    ],
    ignores: [
      'someone was shouting outside the pub again',
    ],
  },
]);
