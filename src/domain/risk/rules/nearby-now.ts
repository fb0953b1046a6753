import { defineRules, E, H } from '../phrase';

/* Someone who frightens them, near them or following them now. Phrase rules: see phrase.ts for their language and clauses.ts for how a message is read. */
export const NEARBY_NOW_RULES = defineRules([
  {
    id: 'immediate-danger/frightens-outside-now',
    level: E,
    topics: ['immediate-danger', 'stalking'],
    purpose: 'says someone who frightens them is outside now: a stranger, ex or stalker is here or at their home',
    phrase: [
      '{THREAT_SUBJ}{NOW_BE}(?: (?:[a-z]+ing|parked|sat|stood|stopped|pulled up|camped)){0,2} «(?:{PLACE}|',
      'here(?! (?:for|to))|outside(?! (?:the|a) [a-z]+))»',
    ],
    matches: [
      'SOMEONE IS IN MY HOUSE',
      'someones outside my window rn',
    ],
    ignores: [
      'My bike was nicked from outside the gym',
    ],
  },
  {
    id: 'immediate-danger/door-way-now',
    level: E,
    topics: ['immediate-danger', 'stalking'],
    purpose: 'says someone is at the door or on the way now',
    phrase: [
      '(?:{SPRON}|{THREAT_SUBJ}){NOW_BE} «(?:at (?:my|the|our) (?:front |back )?door|in my (?:house|flat|home)|',
      'outside my (?:window|bedroom window)|on (?:his|her|their) way (?:over|round|here|to (?:mine|my|me|get me|',
      'find me)|back(?! from)))»',
    ],
    matches: [
      'SOMEONE IS IN MY HOUSE',
      'someones outside my window rn',
    ],
    ignores: [
      'My bike was nicked from outside the gym',
    ],
  },
  {
    id: 'immediate-danger/frightens-outside-now-2',
    level: E,
    topics: ['immediate-danger', 'stalking'],
    purpose: 'says someone who frightens them is there now, as "and now he\'s outside" or "and he\'s in the flat"',
    phrase: '(?:now|right now|and now|and) {SPRON}{NOW_BE}(?: [a-z]+ing){0,2} «(?:{PLACE}|out there|outside)»',
    matches: [
      'He\'s got a kn1fe and he\'s coming up the stairs',
      'I\'ve just been raped and he\'s still in the flat',
    ],
    ignores: [
      'knife amnesty still on in preston?',
    ],
  },
  {
    id: 'immediate-danger/frightens-outside-now-3',
    level: E,
    topics: ['immediate-danger', 'stalking'],
    purpose: 'says someone who frightens them is outside now: "he\'s outside again", "at my door right now"',
    phrase: [
      '{SPRON}{NOW_BE}(?: [a-z]+ing){0,2} (?:outside|at (?:my|our|the) (?:front |back )?(?:door|window)|',
      'in front of (?:my|our|the) (?:house|flat|home))(?: (?:my|our|the|me) (?:front |back |bedroom )?(?:window|',
      'windows|door|house|flat|home))? «(?:right now|now|again)»',
    ],
    matches: [
      'hes outside again',
      'i dont feel safe, he\'s outside right now',
    ],
    ignores: [
      'can u say that again',
    ],
  },
  {
    id: 'stalking/watching-now',
    level: E,
    topics: ['stalking', 'immediate-danger'],
    purpose: 'says someone is watching them now',
    phrase: [
      '(?:{SUBJ}|{THREAT_SUBJ}){NOW_BE} «(?:watching|filming|staring at|photographing)» (?:me|us|my (?:house|flat|home|',
      'kids|children|window)|our (?:house|flat|home)|the (?:house|flat))',
    ],
    matches: [
      'someone is watching my house from a car and it\'s 2am',
      'he keeps sending me messages saying hes watching me and describing what im wearing that day. ive blocked him 6 times',
    ],
    ignores: [
      'Someone keyed my car in the Tesco car park',
    ],
  },
  {
    id: 'violence/aggressive-now',
    level: H,
    topics: ['violence'],
    purpose: 'says someone is aggressive now',
    phrase: [
      '(?:{SUBJ}|{THREAT_SUBJ}){NOW_BE} «(?:kicking off|going mental|going mad|going crazy|going berserk|losing it|',
      'raging|out of control|getting (?:angry|angrier|violent|aggressive|nasty|physical|worse))»',
    ],
    matches: [
      'I\'m hiding in the bathroom, my boyfriend is going mad downstairs',
      'Please can someone come, my neighbour\'s son is going crazy with a baseball bat smashing cars',
    ],
    ignores: [
      'email please',
    ],
  },
  {
    id: 'child-at-risk/child-car-with-drunk-driver',
    level: E,
    topics: ['child-at-risk', 'immediate-danger'],
    purpose: 'says a child is in a car with a drunk driver',
    phrase: [
      "(?:drunk|drink driving|off (?:his|her) face|high|wasted|drinking|on drugs)(?: [a-z']+){0,6} «(?:kids|children|",
      'baby|son|daughter|boy|girl) in the car»|«(?:kids|children|baby|son|daughter|boy|',
      "girl) in the car»(?: [a-z']+){0,6} (?:drunk|high|off (?:his|her) face|wasted|drink driving|drinking|on drugs)",
    ],
    matches: [
      'please send police my husband has my son in the car and he\'s been drinking all day',
    ],
    ignores: [
      'email please',
    ],
  },
  {
    id: 'stalking/followed-now',
    level: E,
    topics: ['stalking', 'immediate-danger'],
    purpose: 'says they are being followed now: someone is following, chasing or tailing them',
    phrase: [
      '(?:{SUBJ}|{THREAT_SUBJ}){NOW_BE} «(?:following|chasing|tailing)» (?:me|us|her|him|my [a-z]+)(?! (?:on|online|',
      'everywhere|all the time|for (?:weeks|months|years|ages)))',
    ],
    matches: [
      'somebodys following me in a van and i\'m walking home on my own',
      'I think someone is following me home, I\'m walking fast, what do I do',
    ],
    ignores: [
      'Someone keyed my car in the Tesco car park',
    ],
  },
  {
    id: 'stalking/followed-now-2',
    level: E,
    topics: ['stalking', 'immediate-danger'],
    purpose: 'says they are being followed now: "I\'m (or my daughter is) being followed, chased or tailed"',
    phrase: [
      "(?:i'm|i am|im|we're|we are|i think i'm|i think i am|{REL}(?:'s| is)) «being (?:followed|chased|",
      'tailed)»(?! (?:on|online|everywhere|all the time|for (?:weeks|months|years|ages)))',
    ],
    matches: [
      'I\'m being chased by a gang',
      'im being followed rn by a car',
    ],
    ignores: [
      'if someone is being stalked who should they call?',
    ],
  },
]);
