import { defineRules, E, H } from '../phrase';

/* Someone in the home, or getting in. Phrase rules: see phrase.ts for their language and clauses.ts for how a message is read. */
export const INTRUDER_RULES = defineRules([
  {
    id: 'intruder/home-now',
    level: E,
    topics: ['intruder', 'immediate-danger'],
    purpose: 'says someone is in their home now: a stranger or someone they fear is in the house, a room or garden',
    phrase: [
      '{THREAT_SUBJ}{NOW_BE} (?:hiding |lurking |standing |walking around )?(?:in|inside|upstairs in|downstairs in|',
      "in the back of) (?:my|our|the|me|mum's) «{HOME_IN}»",
    ],
    matches: [
      'SOMEONE IS IN MY HOUSE',
      'h.e.l.p someone is in the house',
    ],
    ignores: [
      'Someone keyed my car in the Tesco car park',
    ],
  },
  {
    id: 'intruder/home-now-2',
    level: E,
    topics: ['intruder', 'immediate-danger'],
    purpose: 'says someone is in their home now, put as "there\'s a man (or someone) in my house" or garden',
    phrase: [
      "(?:there's|there is|there are|there're|theres) (?:a |an |some |two |2 |three |3 |a few |several |",
      'a couple of )?(?:someone|somebody|man|men|woman|people|stranger|strangers|intruder|intruders|burglar|burglars|',
      'lads|group(?: of [a-z]+)?|person|someone else) (?:hiding |standing )?(?:in|inside|upstairs in|',
      'downstairs in) (?:my|our|the|me) «{HOME_IN}»',
    ],
    matches: [
      'there are two men in my house',
      'There\'s a man in my garden looking through the windows',
    ],
    ignores: [
      'Hello, anyone there?',
    ],
  },
  {
    id: 'intruder/got-into-home',
    level: E,
    topics: ['intruder', 'immediate-danger'],
    purpose: 'says someone has got into their home',
    phrase: [
      "{THREAT_SUBJ}(?:'s|'ve| has| have| just)(?: just)? «(?:got|gotten|climbed|broken|come|snuck|sneaked|",
      'forced (?:his|her|their) way|let (?:himself|herself|themselves)) (?:in|into|over)» (?:my|our|the|me) (?:back |',
      'front )?(?:{HOME_IN}|fence|wall|gate)',
    ],
    matches: [
      'SOMEONE HAS GOT INTO THE HOUSE I CAN HEAR THEM IN THE KITCHEN',
      'SOMEONE HAS GOT INTO THE HOUSE I CAN HEAR THEM IN THE KITCHEN',
    ],
    ignores: [
      'Someone keyed my car in the Tesco car park',
    ],
  },
  {
    id: 'intruder/can-hear-home',
    level: E,
    topics: ['intruder', 'immediate-danger'],
    purpose: 'can hear someone in the home',
    phrase: [
      '(?:can|could|just) «(?:hear|heard)» (?:someone|somebody|people|a man|men|voices|footsteps|him|her|them|noises|',
      "someone's|somebody's) (?:{G2})?(?:downstairs|upstairs|inside|in (?:my|the|our) {HOME_IN}|moving|walking|trying|",
      'breaking|smashing|at the (?:back|front) door|outside my (?:window|bedroom|door))',
    ],
    matches: [
      'i can hear footsteps upstairs and i live alone',
      'someone is in my house right now i can hear them downstairs',
    ],
    ignores: [
      'Someone keyed my car in the Tesco car park',
    ],
  },
  {
    id: 'intruder/breaking',
    level: E,
    topics: ['intruder', 'immediate-danger'],
    purpose: 'says someone is breaking in, or trying to get in through a door or window',
    phrase: [
      '«breaking in»(?:to)?|«(?:trying|tried|try) to» (?:break|get|force (?:their|his|her|a) way|force|kick|smash|',
      'climb|come) (?:in|into|through|(?:my|the|our) (?:front |back )?(?:door|window)s?)(?! (?:my|the|a|his|',
      'her) (?:car|van|shed|garage))',
    ],
    matches: [
      'sumones tryna get in thru the window rn',
      'someone\'s trying to get in through the back window',
    ],
    ignores: [
      'Is sharing a screenshot of someone\'s Facebook post a crime?',
    ],
  },
  {
    id: 'intruder/forcing-way',
    level: E,
    topics: ['intruder', 'immediate-danger'],
    purpose: 'says someone is forcing their way in: banging on, kicking or trying a door, window or handle now',
    phrase: [
      '(?:{SUBJ}|{THREAT_SUBJ}){NOW_BE} (?:banging|hammering|pounding|kicking|trying|rattling|forcing|smashing|',
      'breaking|booting|shouldering|trying to open) (?:on |at |through |down |in )?(?:my|the|our) (?:front |back |',
      'bedroom |bathroom )?«(?:door|doors|window|windows|letterbox|door handle|handle)»',
    ],
    matches: [
      'he\'s kicking the door in',
      'someone is trying my door handle',
    ],
    ignores: [
      'Someone keyed my car in the Tesco car park',
    ],
  },
  {
    id: 'intruder/climbing',
    level: E,
    topics: ['intruder', 'immediate-danger'],
    purpose: 'says someone is climbing in',
    phrase: [
      '(?:{SUBJ}|{THREAT_SUBJ}){NOW_BE} «(?:climbing|crawling|getting|coming) (?:in through|in via|in|into|through|',
      'over)» (?:my|our|the|a) (?:[a-z]+ )?(?:window|windows|door|fence|wall|gate|garden|house|flat|balcony|loft|',
      'bedroom)',
    ],
    matches: [
      'omg someone is climbing in through my bedroom window',
    ],
    ignores: [
      'Someone keyed my car in the Tesco car park',
    ],
  },
  {
    id: 'intruder/forcing-way-2',
    level: E,
    topics: ['intruder', 'immediate-danger'],
    purpose: 'says someone is forcing their way in: kicking, smashing or breaking a door or window in or down',
    phrase: [
      '«(?:kicking|smashing|forcing|breaking|booting)» (?:down |in )?(?:my|the|our) (?:front |back |bedroom |',
      'bathroom )?(?:door|doors|window|windows)(?: in| down)',
    ],
    matches: [
      'he\'s kicking the door in',
      'please help he\'s kicking the door in',
    ],
    ignores: [
      'email please',
    ],
  },
  {
    id: 'intruder/broken',
    level: H,
    topics: ['intruder'],
    purpose: 'says someone has broken in',
    phrase: [
      "[a-z]+(?:'s|'ve| has| have) (?:just )?«(?:broken|broke|got|smashed (?:their|his|her) way|forced (?:their|his|",
      'her) way) in»(?:to (?:my|our|the) (?:house|home|flat))?(?! (?:my|our|the|his|her) (?:car|van|shed|garage|',
      'allotment|locker))',
    ],
    nowOnly: false,
    matches: [
      'someone has broken in and they\'re still inside',
      'he\'s broken in again and he\'s hiding somewhere in the house',
    ],
    ignores: [
      'can u say that again',
    ],
  },
  {
    id: 'intruder/just-broken',
    level: E,
    topics: ['intruder', 'immediate-danger'],
    purpose: 'says someone has just broken in',
    phrase: [
      "just «(?:broken|broke|got|smashed their way|forced their way) in»(?:to)?|[a-z]+(?:'s|'ve| has|",
      ' have) «broken in» (?:and|but) (?:{G2})?(?:still|here|inside|upstairs|downstairs)',
    ],
    matches: [
      'someone has broken in and they\'re still inside',
      'my daughter is 14 and she just got into a car with a man she met online. they drove off 5 mins ago and shes not answering',
    ],
    ignores: [
      'my car was broken into overnight',
    ],
  },
  {
    id: 'intruder/trying-doors-windows',
    level: H,
    topics: ['intruder'],
    purpose: 'describes someone trying doors or windows',
    phrase: "«trying» (?:all )?(?:the |my |our |people's |car )?(?:[a-z]+ )?(?:door handles|doors|windows|handles|door)",
    matches: [
      'someone is trying my door handle',
      'someone keeps trying the door handle',
    ],
    ignores: [
      'Someone keyed my car in the Tesco car park',
    ],
  },
]);
