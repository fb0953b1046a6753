import { defineRules, E, H } from '../phrase';

/* Attacks happening now or just happened, and danger said outright. Phrase rules: see phrase.ts for their language and clauses.ts for how a message is read. */
export const ATTACKS_RULES = defineRules([
  {
    id: 'violence/attack-happening-now',
    level: E,
    topics: ['violence', 'immediate-danger'],
    purpose: 'describes an attack happening now: someone is hitting, beating or stabbing them, or smashing the place up',
    phrase: [
      '{SUBJ}{NOW_BE} «(?:{ATTACK_ING}|smashing|trashing|wrecking)» (?:on )?(?:{OBJ}|the (?:house|place|flat)|',
      'everything|the door)',
    ],
    matches: [
      'h3\'s b3ating m3 up',
      'heeeelp he\'s hitting me',
      'help hes killing me',
    ],
    ignores: [
      'our youth club in Garstang had the knife crime workshop last month and the kids loved it, very hard hitting. can we book again for the younger group?',
    ],
  },
  {
    id: 'violence/attack-happening-now-2',
    level: E,
    topics: ['violence', 'immediate-danger'],
    purpose: 'describes an attack happening now, mid-sentence: "and he\'s smashing things", "and still hitting her"',
    phrase: [
      "(?:and|but|now) (?:is |'s |are |'re )?(?:still )?«(?:{ATTACK_ING}|dragging|chasing|grabbing)» (?:{OBJ})|",
      "(?:{SUBJ}{NOW_BE}|and|and is|and now|and he's|and she's|and they're) (?:[a-z]+ )?«(?:smashing|trashing|wrecking|",
      'breaking|throwing|destroying)» (?:the (?:house|place|flat|kitchen|room)|everything|things|stuff|my (?:stuff|',
      'things))',
    ],
    matches: [
      'he\'s smashing the house up and the kids are here',
      'he\'s drunk and smashing things and says he\'ll kill me',
    ],
    ignores: [
      'Police cars keep speeding past my house with sirens at night',
    ],
  },
  {
    id: 'violence/attack-happening-now-3',
    level: E,
    topics: ['violence', 'immediate-danger'],
    purpose: "describes an attack happening now: someone won't stop hitting, kicking or beating them",
    phrase: "(?:won't|wont|will not|can't|cant|doesn't|does not) «stop (?:{ATTACK_ING})» (?:{OBJ})",
    matches: [
      'help me please he wont stop hitting me',
    ],
    ignores: [
      'email please',
    ],
  },
  {
    id: 'violence/attack-happening-now-4',
    level: E,
    topics: ['violence', 'immediate-danger'],
    purpose: 'describes an attack happening now: someone is being attacked, chased, raped or held captive',
    phrase: [
      "(?:i'm|i am|im|we're|we are|{REL}(?:'s| is| are)|{SPRON}(?: is| are)?|someone is|someone's|(?:a|the) (?:man|",
      'woman|boy|girl|lad|child|kid) is) «(?:being|getting) (?:attacked|assaulted|stabbed|strangled|choked|kidnapped|',
      'abducted|raped|beaten up|beat up|battered|mugged|robbed|chased|held hostage|held captive|held against (?:my|her|',
      'his|their) will|held (?:in|at|prisoner)|kept (?:in|prisoner)|jumped|glassed|shot at)»',
    ],
    matches: [
      'I\'m being chased by a gang',
      'my daughter is being held against her will at her boyfriend\'s flat',
    ],
    ignores: [
      'if someone is being stalked who should they call?',
    ],
  },
  {
    id: 'violence/just-got-away-from',
    level: E,
    topics: ['violence', 'immediate-danger'],
    purpose: 'says they have just got away from someone',
    phrase: [
      '(?:just|only just|finally) (?:managed to |been able to )?«(?:get free|got free|escape|escaped|get away|got away|',
      'get out|got out|untie|untied|run away|ran away|break free|broke free)»',
    ],
    matches: [
      'he tied me up and left, I\'ve just managed to get free',
      'theres a car been parked up opposite all night\nits him\nhes just got out and hes walking up the path',
    ],
    ignores: [
      'my neighbours\' dog barks all night',
    ],
  },
  {
    id: 'violence/attack-happening-now-5',
    level: E,
    topics: ['violence', 'immediate-danger'],
    purpose: 'describes an attack happening now: someone is trying or going to kill, strangle, stab or rape them',
    phrase: [
      '{SUBJ}{NOW_BE} «(?:trying|tryna|going) to (?:kill|strangle|stab|choke|suffocate|smother|drown|shoot|run (?:me|',
      'us|him|her) over|hurt|rape|drag|take)» (?:me|us|her|him|them|my|our)',
    ],
    matches: [
      'he\'s going to kill me',
      'my partner\'s trying to strangle me',
    ],
    ignores: [
      'Is the Chief Constable going to resign?',
    ],
  },
  {
    id: 'violence/attack-happening-now-6',
    level: E,
    topics: ['violence', 'immediate-danger'],
    purpose: 'describes an attack happening now: someone is chasing, grabbing or dragging them',
    phrase: '{SUBJ}{NOW_BE} «(?:chasing|grabbing|dragging)» (?:me|us|her|him|my|our)',
    matches: [
      'my husband is dragging me by my hair, I\'m typing from the toilet',
    ],
    ignores: [
      'My husband and I want to thank the neighbourhood team',
    ],
  },
  {
    id: 'violence/attack-just-happened',
    level: E,
    topics: ['violence', 'immediate-danger'],
    purpose: 'describes an attack that has just happened',
    phrase: [
      '«just (?:been )?(?:{HARM}|thrown|threw|flung|chucked|raped|mugged|robbed|glassed|shot|jumped|threatened (?:me|',
      'us|him|her) with|kidnapped|abducted|tried to|smashed|set on|beat (?:me|her|him|us) up)»(?: (?:{OBJ}|across|into|',
      'against|down|over|through|out|to|on))?',
    ],
    matches: [
      'glass just smashed downstairs',
      'I\'ve just been attacked outside Preston station',
    ],
    ignores: [
      'Preston',
    ],
  },
  {
    id: 'immediate-danger/trapped-now',
    level: E,
    topics: ['immediate-danger'],
    purpose: 'says they are trapped now',
    phrase: [
      '«(?:blocking|blocked|standing in|stood in)» (?:the|my|our) (?:door|doorway|way out|exit|front door|stairs)|',
      "(?:can't|cannot|cant|can not) «get out»(?! of (?:bed|debt|the contract|my contract|my lease|the lease|this|it|",
      'the habit|the car park))(?= |$)',
    ],
    matches: [
      'my boyfriend has just thrown me across the room and he\'s blocking the door so I can\'t get out',
      'my boyfriend has just thrown me across the room and he\'s blocking the door so I can\'t get out',
    ],
    ignores: [
      'people keep parking across my drive',
    ],
  },
  {
    id: 'violence/stabbing-shooting-kidnapping',
    level: E,
    topics: ['violence', 'immediate-danger'],
    purpose: 'describes a stabbing, shooting or kidnapping',
    phrase: [
      "[a-z]+(?:'s|'ve| has| have) (?:just )?«been (?:stabbed|shot|glassed|kidnapped|abducted|taken hostage|raped)»|",
      "(?:{SUBJ}) (?:{G1})?(?:has |have |'s |'ve )?(?:just )?«(?:stabbed|shot|kidnapped|abducted|snatched)» (?:{OBJ})",
    ],
    matches: [
      'i\'ve been stabbed',
      'I have been raped',
    ],
    ignores: [
      'I saw the news about the man stabbed in Accrington, it\'s awful, are you doing more patrols?',
    ],
  },
  {
    id: 'violence/shut-by',
    level: E,
    topics: ['violence', 'immediate-danger'],
    purpose: 'says they are shut in by someone',
    phrase: [
      "(?:has|have|'s|'ve|just) «locked» (?:me|us|her|him|them|my [a-z]+) (?:in|up)|(?:got|has got|'s got|keeping|",
      'keeps|kept) (?:me|us|her|him|them|my [a-z]+) «locked (?:in|up)»|(?:{SUBJ}){NOW_BE} «holding» (?:me|us|her|him|',
      "them|my [a-z]+) (?:hostage|captive|against)|«won't let» (?:me|us|her|him) (?:leave|out|go) (?:now|right now|",
      'the house|the flat|the room|tonight)',
    ],
    matches: [
      'my carer has locked me in and gone out',
      'he\'s got me locked in the bedroom and won\'t give me my phone back',
    ],
    ignores: [
      'An officer was rude to me when I reported my lost phone',
    ],
  },
  {
    id: 'immediate-danger/hiding-from',
    level: E,
    topics: ['immediate-danger'],
    purpose: 'says they are hiding from someone, or have locked or barricaded themselves in',
    phrase: [
      '«hiding» (?:from (?:him|her|them|my|the)|in (?:the|my|a) (?:bathroom|bedroom|wardrobe|cupboard|loft|toilet|shed|',
      'garage|car|attic))|«locked (?:myself|ourselves|us) in»|«barricaded»',
    ],
    matches: [
      'im hiding in the bathroom he doesnt know im texting',
      'im hiding in the bathroom he doesnt know im typing this',
    ],
    ignores: [
      'Ambush is the word for the speed camera van hiding behind the hedge on the A55 every morning. Sneaky.',
    ],
  },
  {
    id: 'immediate-danger/danger-now',
    level: E,
    topics: ['immediate-danger'],
    purpose: 'says someone is in danger or not safe now, or fears for their life',
    phrase: [
      "(?:i'm|i am|im|we're|we are|i feel|i think i'm|i think i am|i might be|{REL}(?:'s| is| are)|{SPRON}(?:'s|'re|",
      " is| are)?|someone is|someone's|somebody is|(?:the|my|our) (?:kids|children|baby|family) (?:are|is)|(?:my|our|",
      'her|his) li(?:fe|ves) (?:is|are)|could be|may be|might be) (?:{G1})?in (?:immediate |real |serious |grave |',
      "great |big )?«danger»(?! of)|^in (?:immediate |real )?«danger»|(?:i'm|i am|im|we're|we are|",
      'i feel) (?:{G1})?«(?:not safe|unsafe)»(?! (?:driving|on the roads|crossing))|(?:scared|afraid|frightened|',
      'terrified|fear|fearing|fearful) «for (?:my|our|her|his|their) (?:life|lives)»',
    ],
    matches: [
      'im not safe right now',
      'I\'m in danger, please send someone',
    ],
    ignores: [
      'email please',
    ],
  },
  {
    id: 'immediate-danger/do-not-feel-safe',
    level: H,
    topics: ['immediate-danger'],
    purpose: 'says they do not feel safe',
    phrase: [
      "(?:don't|do not|dont|never|no longer) «feel safe»(?= *$| (?:at home|in (?:my|our) (?:own )?(?:home|house|flat|",
      'bed|room)|around (?:him|her|them)|with (?:him|her|them)|any ?more$|because (?:of )?(?:him|her|he|she|they|my)))|',
      "(?:i'm|i am|im) «scared» (?:to death|for my safety|for (?:my|our) kids)|«fear for my safety»",
    ],
    matches: [
      'I don\'t feel safe at home',
      'i dont feel safe, he\'s outside right now',
    ],
    ignores: [
      'My bike was nicked from outside the gym',
    ],
  },
  {
    id: 'immediate-danger/fears-killed-now',
    level: E,
    topics: ['immediate-danger', 'threat-to-kill'],
    purpose: 'fears being killed now',
    phrase: [
      "(?:{SPRON}|{REL}|someone|somebody|they)(?:'s| is| are|'re)? (?:actually |really |definitely )?«(?:going to|",
      'gonna|about to) (?:kill|murder|stab|shoot|strangle)» (?:me|us|my|him|her|them)',
    ],
    matches: [
      'he\'s going to kill me',
      'i think he\'s going to kill me tonight',
    ],
    ignores: [
      'Is the Chief Constable going to resign?',
    ],
  },
  {
    id: 'immediate-danger/asks-for-police-ambulance-now',
    level: E,
    topics: ['immediate-danger'],
    purpose: 'asks for police or an ambulance now',
    phrase: [
      '(?:call|ring|phone|get|send) (?:the )?«(?:police|999|an ambulance|ambulance|cops|help)» (?:now|quick|quickly|',
      'asap|as soon as possible|urgently|right now|immediately)|«send» (?:the )?(?:police|an ambulance|help)(?: please|',
      ' now| quick| asap| urgently|$)|(?:please|pls|plz|can you|can someone) «send» (?:the |some )?(?:police|',
      'an ambulance|help|someone|officers)(?! (?:to (?:our|my) (?:area|estate|village|street) (?:more|to patrol))|',
      'round to patrol)|«send» (?:someone|somebody) (?:now|quick|quickly|asap|urgently|right now)|(?:need|',
      'needs) (?:the )?«(?:police|an ambulance|help)» (?:now|quick|quickly|urgently|asap|right now|as soon as possible|',
      'immediately)',
    ],
    matches: [
      'I\'m in danger, please send someone',
      'HE IS KICKING THE DOOR IN PLEASE SEND SOMEONE',
    ],
    ignores: [
      'email please',
    ],
  },
]);
