import { defineRules, H } from '../phrase';

/* Threats to kill or harm, and court orders or bail broken. Phrase rules: see phrase.ts for their language and clauses.ts for how a message is read. */
export const THREATS_RULES = defineRules([
  {
    id: 'threat-to-kill/threat-kill-harm',
    level: H,
    topics: ['threat-to-kill'],
    purpose: 'reports a threat to kill or harm: someone threatened to kill, stab, burn or hurt them',
    phrase: [
      '«(?:threat(?:en|ens|ened|ening|end|ning|s)?|threatning|threating)» (?:me |us |her |him |them |',
      "my [a-z]+ )?(?:that (?:he|she|they)(?:'ll| will|'d| would) )?(?:to |with )?(?:kill|murder|stab|shoot|hurt|harm|",
      'burn|beat|batter|smash|do (?:me|her|him|us) in|end (?:me|her|him|us)|get (?:me|her|him|us)|acid|slit|cut|',
      'break (?:my|her|his)|set fire|torch|petrol bomb|have (?:me|her|him|us) (?:killed|hurt|done)|kidnap|take (?:the|',
      'my) (?:kids|children|baby) and)',
    ],
    matches: [
      'My ex threatened to kill my new partner',
      'my son is threatening to stab his dad with a kitchen knife',
    ],
    ignores: [
      'knife amnesty still on in preston?',
    ],
  },
  {
    id: 'threat-to-kill/threat-kill-harm-2',
    level: H,
    topics: ['threat-to-kill'],
    purpose: "reports a threat to kill or harm, passed on: he said, texted or shouted he'd kill or hurt them",
    phrase: [
      '(?:said|says|saying|told (?:me|her|him|us)|texted|messaged|wrote|writes|keeps saying|swore|sworn|promised|',
      'warned (?:me|her|him|us)?|shouting|shouted|shouts|screaming|screamed|screams|yelling|yelled|yells|threatening|',
      "threatened)(?: that)? (?:{G2})?(?:he|she|they|he's|she's|they're|someone|his mates|her mates|people)(?:'ll|",
      " will|'d| would| is going to| are going to|'s going to|'re going to| gonna| was going to| were going to| could|",
      " can|'s gonna)? (?:{G1})?«(?:(?:kill|murder|stab|shoot|hurt|harm|burn|batter|beat|smash|strangle|knife|glass|",
      'poison) (?:me|us|you|her|him|them|my|our|your|the (?:kids|children|dog|dogs|cat|cats|baby|family)|everyone)|',
      'end (?:me|her|him|us)|get (?:me|her|him|us)|sort (?:me|her|him|us) out|slit|cut (?:me|her|him|us|my)|do (?:me|',
      'her|him|us) in|finish (?:me|her|him|us) off|come (?:for|after) (?:me|her|him|us)|put (?:me|her|him|',
      'us) in (?:hospital|the ground|a box)|burn (?:the|my|our) (?:house|flat|home|car))»',
    ],
    matches: [
      'he said he\'d burn my house down',
      'he said next time he\'ll kill me and he meant it',
    ],
    ignores: [
      'Police cars keep speeding past my house with sirens at night',
    ],
  },
  {
    id: 'threat-to-kill/threat-kill-harm-3',
    level: H,
    topics: ['threat-to-kill'],
    purpose: 'reports a threat to kill or harm: "he\'ll kill me", death threats, "coming for me", "you\'ll pay"',
    phrase: [
      "(?:{SPRON}|{REL}|someone|they)(?:'ll| will| would|'d|'s going to| is going to| are going to|'re going to|",
      " gonna) «(?:kill|murder|stab|shoot|hurt|harm|burn)» (?:me|us|my|her|him|them)|(?:i'll|i will|i'm going to|",
      "i'm gonna|gonna|going to) «(?:kill|murder|stab|shoot|hurt|slit|cut)» (?:you|u|ya|your)(?: [a-z]+){0,3} (?:he|",
      'she|they) (?:said|says|shouted|screamed|texted|wrote|told)|«death threats?»|«threats? (?:to|on|against)» (?:my|',
      'her|his|their) (?:life|lives)|«(?:finish|finishing)» (?:what (?:he|she|they) started|me off|her off|him off)|',
      '«(?:teach|teaching)» (?:me|her|him|us) a lesson|(?:come|coming|go|going) (?:and|to) «(?:get|find|hurt|sort|',
      'batter|do)» (?:me|her|him|us)|«(?:sort|sorting)» (?:me|her|him|us) out|«(?:make|making)» (?:me|her|him|us) pay|',
      "(?:you'll|you will|i'll make you) «(?:regret|be sorry|pay)»|(?:he|she|they)(?:'s| is| are|'re) «(?:coming|",
      "going to come) (?:for|after)» (?:me|us|her|him)|(?:he|she|they|he'll|she'll|they'll|someone)(?: will| would|",
      ' gonna| going to)? «come (?:for|after|round for)» (?:me|us|her|him|my)|«(?:threatens|threatened|',
      'threatening)» to (?:burn|set fire|torch) (?:the|my|our|her|his) (?:house|flat|home|car)',
    ],
    matches: [
      'he\'s going to kill me',
      'he said he\'d burn my house down',
    ],
    ignores: [
      'Is the Chief Constable going to resign?',
    ],
  },
  {
    id: 'breach-of-order/court-order-bail-condition-was',
    level: H,
    topics: ['breach-of-order'],
    purpose: 'says a court order, injunction or bail condition was breached or is being ignored',
    phrase: [
      '«(?:breach|breaches|breached|breaching|broke|broken|breaks|breaking|ignores|ignored|ignoring|violated|violating|',
      'violates|flouting|flouted)» (?:of )?(?:his|her|their|the|my|a|an|our)?(?: [a-z]+)? ?(?:restraining|',
      'non molestation|non mol|nonmolestation|protection|occupation|stalking protection|domestic abuse protection|dapo|',
      'dvpo|injunction|court|bail|harassment|criminal behaviour|no contact|protective|bail conditions|release|licence|',
      'license|probation)(?: order| orders| conditions| notice| injunction)?|(?:restraining|non molestation|non mol|',
      "protection|no contact) «order» (?:[a-z']+ ){0,6}(?:but|and|yet) (?:{SPRON}|{REL}) (?:still |just |keeps |has |",
      "'s )?(?:keeps|comes|came|turned|turns|contacted|contacts|messaged|messages|texted|texts|calls|called|rang|",
      "showed|shows|was|is|sent|got|has|keep)|«(?:on bail|bail conditions)» (?:[a-z']+ ){0,6}(?:but|and|",
      'yet) (?:{SPRON}|{REL}) (?:still |just )?(?:keeps|comes|came|turned|turns|contacted|contacts|messaged|texted|',
      'called|was|is)',
    ],
    matches: [
      'he has breached his bail conditions by coming to my street',
      'My ex is ignoring the non-molestation order and keeps texting me',
    ],
    ignores: [
      'Hurt Street, Burnley',
    ],
  },
]);
