import { defineRules, H } from '../phrase';

/* Forced marriage and honour-based abuse. Phrase rules: see phrase.ts for their language and clauses.ts for how a message is read. */
export const FORCED_MARRIAGE_RULES = defineRules([
  {
    id: 'forced-marriage/forced-marriage',
    level: H,
    topics: ['forced-marriage'],
    purpose: 'mentions forced marriage: being made to marry, or taken abroad to marry against their will',
    phrase: [
      '«forc(?:ed|ing|e|es)» (?:[a-z]+ ){0,3}(?:to|into) (?:marry|marriage|get married|wed)|«forced marriage»|(?:make|',
      'making|made|makes) (?:me|her|him|us) «(?:marry|get married)»|«married» (?:off )?against (?:my|her|his|',
      'their) will|(?:taking|take|sending|send|took|sent) (?:me|her|him|us) (?:abroad|back home|',
      'to [a-z]+) (?:[a-z]+ ){0,2}«to (?:get )?married»|(?:arranged|arranging) (?:[a-z]+ ){0,4}«(?:marr[a-z]*|',
      "wedding)»(?=(?: [a-z']+)* (?:(?:don't|do not|didn't|not) want|against (?:my|her|his) will|scared|forced|refuse|",
      "no choice|threat|won't let))",
    ],
    matches: [
      'my family are forcing me to marry my cousin in pakistan',
      'my parents are taking me abroad this summer to get married and I don\'t want to',
    ],
    ignores: [
      'that new chief is going to get slaughtered at the panel if the figures don\'t improve',
    ],
  },
  {
    id: 'honour-based-abuse/honour-based-abuse',
    level: H,
    topics: ['honour-based-abuse'],
    purpose: 'uses the words honour-based abuse, honour killing, honour crime or honour violence',
    phrase: '«honou?r (?:based|killing|crime|violence|abuse)»',
    framable: true,
    matches: [
      'my brothers say it is about family honour and this is honour based abuse',
    ],
    ignores: [
      'it was an honour to meet the commissioner',
    ],
  },
  {
    id: 'honour-based-abuse/honour-based-abuse-2',
    level: H,
    topics: ['honour-based-abuse'],
    purpose: 'mentions honour-based abuse: shame on the family, or family threatening them over a relationship',
    phrase: [
      '(?:bring|brought|bringing|brings) «(?:shame|dishonour|dishonor)» (?:on|to|upon) (?:the|my|our|their|his|',
      'her) family|«izzat»|(?:family|brothers?|father|dad|uncles?|cousins?|parents|',
      "relatives) (?:[a-z']+ ){0,4}«(?:kill|hurt|punish|disown|beat|send (?:me|her|him) away)» (?:me|her|him|",
      "us) (?:[a-z']+ ){0,5}(?:because|if|for|cos) (?:[a-z']+ ){0,5}(?:boyfriend|girlfriend|relationship|gay|lesbian|",
      'dating|shame|honour|marry|married|religion|christian|muslim|convert|left|leaving|divorce|seeing)',
    ],
    matches: [
      'my family will disown me or worse if they find out about my girlfriend',
      'my brother says I have brought shame on the family and they will punish me',
    ],
    ignores: [
      'about 2 weeks ago',
    ],
  },
]);
