import { defineRules, E } from '../phrase';

/* Weapons. Phrase rules: see phrase.ts for their language and clauses.ts for how a message is read. */
export const WEAPONS_RULES = defineRules([
  {
    id: 'weapon/weapon',
    level: E,
    topics: ['weapon', 'immediate-danger'],
    purpose: 'mentions a weapon',
    phrase: [
      "(?:{SUBJ}|{THREAT_SUBJ}|one of them|one)(?:{BE}| has| have| had|'s got| has got| have got|'ve got|'d|",
      ' got)?(?: just| still| now| also| even)? (?:{G2})?(?:got|has|have|had|holding|held|carrying|carries|carried|',
      'waving|waved|brandishing|brandished|pulled|pulling|pulls|pointing|pointed|points|wielding|armed with|took out|',
      'taking out|takes out|grabbed|grabbing|grabs|picked up|picking up|came at (?:me|us|him|her|them) with|',
      'coming at (?:me|us|him|her|them) with|threatening (?:me|us|him|her|them|my [a-z]+) with|threatened (?:me|us|him|',
      'her|them|my [a-z]+) with|threatens (?:me|us|him|her|them|my [a-z]+) with|hiding|hides|keeps|keep|owns|put|',
      'held up)(?: out| up| round)? (?:{DET} )?(?:{WADJ} )?(?:[a-z]+ )?«(?<m>{WEAPON})»{NOT_SPORT}',
    ],
    matches: [
      'hes got a gun',
      'he has a kn​ife',
    ],
    ignores: [
      'Is a Stanley knife an offensive weapon if I carry it for work? I\'m a carpet fitter.',
    ],
  },
  {
    id: 'weapon/weapon-2',
    level: E,
    topics: ['weapon', 'immediate-danger'],
    purpose: 'mentions a weapon: someone with one, "lads outside with machetes", "coming back with a gun"',
    phrase: '(?:{SUBJ}|{THREAT_SUBJ}) {G6}with (?:{DET} )?(?:{WADJ} )?(?:[a-z]+ )?«(?<m>{WEAPON})»{NOT_SPORT}',
    matches: [
      'IM SCARED HES COMING BACK WITH A GUN',
      'lads outside the chippy with machetes',
    ],
    ignores: [
      'My bike was nicked from outside the gym',
    ],
  },
  {
    id: 'weapon/weapon-3',
    level: E,
    topics: ['weapon', 'immediate-danger'],
    purpose: 'mentions a weapon held to the throat, head or body, or someone at knifepoint or gunpoint',
    phrase: [
      '«(?<m>(?:knife|blade|gun|machete|axe|knives|scissors|pistol|screwdriver))» (?:to|against|at|in|into|on) (?:my|',
      'his|her|their|your|our) (?:throat|neck|head|face|chest|back|side|stomach|belly|ribs)|at «(?:knife|gun) ?point»|',
      '«(?:knife|gun)point»',
    ],
    matches: [
      'he\'s put a knife to my throat',
      'he is holding my mum at knifepoint',
    ],
    ignores: [
      'knife amnesty still on in preston?',
    ],
  },
  {
    id: 'weapon/shots-fired',
    level: E,
    topics: ['weapon', 'immediate-danger'],
    purpose: 'mentions shots being fired',
    phrase: [
      '«shots?» (?:fired|being fired)|«gun ?shots?»|«gunfire»|«shooting at» (?:me|us|people|the house|my|our|cars)|',
      "[a-z]+(?:'s|'re| is| are) «shooting» (?:outside|in the street|at|everywhere|people)|(?:been|got|was|were|being|",
      'just) «shot»|(?:he|she|they|someone|somebody) (?:just )?«shot» (?:me|him|her|them|my|someone)',
    ],
    matches: [
      'they\'re shooting outside',
      'shots fired on my street',
    ],
    ignores: [
      'Hurt Street, Burnley',
    ],
  },
  {
    id: 'weapon/armed',
    level: E,
    topics: ['weapon', 'immediate-danger'],
    purpose: 'says someone is armed',
    phrase: '{SUBJ}{NOW_BE} «(?:armed|tooled up)»',
    matches: [
      'hes tooled up n lookin 4 me',
    ],
    ignores: [
      'Is a Stanley knife an offensive weapon if I carry it for work? I\'m a carpet fitter.',
    ],
  },
  {
    id: 'weapon/acid-arson-attack',
    level: E,
    topics: ['weapon', 'immediate-danger'],
    purpose: 'mentions an acid or arson attack',
    phrase: [
      '(?:throw|throwing|threw|chuck|chucking|spray|spraying|sprayed) (?:[a-z]+ )?«acid»|(?:pour|pouring|poured|splash|',
      'splashing|splashed) (?:[a-z]+ )?«petrol»|(?:set|setting|trying to set|tried to set) «(?:fire|light) to» (?:my|',
      'our|the|his|her) (?:front |back )?(?:house|home|flat|door|car|letterbox|room|bin|shed)|(?:my|our|the) (?:house|',
      'home|flat|door|room) «is on fire»|«petrol through» (?:my|the|our) letter ?box',
    ],
    matches: [
      'they\'ve set fire to my front door',
      'someone\'s pouring petrol through my letterbox',
    ],
    ignores: [
      'Is sharing a screenshot of someone\'s Facebook post a crime?',
    ],
  },
]);
