import { defineRules, E, H } from '../phrase';

/* Children in danger now, and children at risk. Phrase rules: see phrase.ts for their language and clauses.ts for how a message is read. */
export const CHILDREN_RULES = defineRules([
  {
    id: 'child-at-risk/child-missing-danger-now',
    level: E,
    topics: ['child-at-risk', 'immediate-danger'],
    purpose: 'says a child is missing, taken, not breathing or in danger now, or has just been snatched',
    phrase: [
      "(?:my|our|a|the|her|his|their) (?:[a-z]+ )?{KID}(?:'s| is| has| has been| have| 's been| was)? (?:gone |",
      'just gone |been )?«(?:missing(?! (?:school|lessons|classes|out|you|his|her|me|work|the bus|a [a-z]+))|',
      'not breathing|been taken|been abducted|been snatched|snatched|in danger)»|«(?:snatched|abducted|kidnapped|',
      'grabbed|taken)» (?:my|our|a|the) (?:[a-z]+ )?{KID}(?: (?:from|off|away|in|at|outside|and))',
    ],
    matches: [
      'my 4 year old is missing from the park',
      'a man has grabbed a kid in the park and is dragging her away',
    ],
    ignores: [
      'Well done to the officers who found the missing man with dementia last week, saw it on facebook, brilliant work',
    ],
  },
  {
    id: 'child-at-risk/child-missing',
    level: E,
    topics: ['child-at-risk', 'immediate-danger'],
    purpose: 'says a child is missing',
    phrase: [
      "{KID}(?: [a-z0-9']+){0,3} (?:has |have |'s |is )?«(?:run off|run away|ran off|ran away|gone off|disappeared|",
      'gone missing|been taken|left)» (?:with (?:a|an|some|this|that|her|his|their) (?:[a-z0-9]+ ){0,4}(?:man|men|guy|',
      "guys|bloke|adult|stranger|boyfriend|girlfriend|older)|and (?:isn't|is not|won't|not|hasn't|",
      'has not) (?:answering|picking up|replying|responding|home|come home|been seen))|',
      "{KID}(?: [a-z0-9']+){0,3} «(?:hasn't|has not|didn't|did not|haven't|never) (?:come|came|been|got|returned|",
      'arrived) (?:home|back)»',
    ],
    matches: [
      'my 15 year old daughter has run off with a 30 year old man and isn\'t answering',
      'my 15 year old daughter has run off with a 30 year old man and isn\'t answering',
    ],
    ignores: [
      'My daughter is doing a school project on the history of policing',
    ],
  },
  {
    id: 'child-at-risk/can-hear-child-hurt',
    level: E,
    topics: ['child-at-risk', 'immediate-danger'],
    purpose: 'can hear a child being hurt',
    phrase: [
      "«(?:hear|hearing|heard)» (?:a|the|my|her|his|their|next door's|the neighbours'?) (?:[a-z]+ )?(?:child|kid|kids|",
      'children|baby|toddler) (?:screaming|crying for help|being hit|being hurt|being beaten|begging)',
    ],
    matches: [
      'I can hear the neighbours\' kid screaming and being hit next door',
    ],
    ignores: [
      'the kids next door are screaming in the paddling pool again',
    ],
  },
  {
    id: 'immediate-danger/can-hear-calling-for-help',
    level: E,
    topics: ['immediate-danger'],
    purpose: 'can hear someone calling for help',
    phrase: [
      "(?:hear|hearing|heard|listening to) (?:a |the |my |our |someone|somebody|her|him|them|next door's |",
      "the neighbours'? )?(?:[a-z']+ ){0,2}«(?:screaming|shouting|crying|calling|yelling) (?:for help|help|rape|murder|",
      "stop)»|(?:hear|hearing|heard) (?:[a-z']+ ){0,3}«(?:being hit|being beaten|being hurt|being attacked|",
      'begging (?:him|her|them) to stop)»',
    ],
    matches: [
      'we can hear a woman screaming for help next door and banging',
      'hi my nans carer is stealing from her\nshe\'s 88\nI\'ve just got there and the carer has locked the door and I can hear nan shouting for help inside',
    ],
    ignores: [
      'Hello, anyone there?',
    ],
  },
  {
    id: 'child-at-risk/child-may-be-groomed',
    level: H,
    topics: ['child-at-risk'],
    purpose: 'a child may be being groomed',
    phrase: [
      '(?:being|been|was|were|getting|is|are) «groomed»|«grooming» (?:me|her|him|them|my|our|a|the|kids|children|girls|',
      'boys)|«groomer»|«(?:older|grown|adult|grown up)» (?:man|men|lads|boys|guy|guys|stranger|person|people|woman|',
      "women|boyfriend|girlfriend)(?: [a-z']+){0,4} (?:messag[a-z]*|talking to|texting|chatting|meeting|picking (?:her|",
      'him|them) up|giving (?:her|him|them)|buying (?:her|him|them)|asking (?:her|him|them|for)|sending|snapchat[a-z]*|',
      "dating|going out with|sleeping with|seeing)|«(?:keep it (?:a )?secret|our (?:little )?secret|don't tell (?:your|",
      'anyone|mum|dad)|not to tell (?:her|his|their|anyone|mum|dad))»|(?:man|men|adult|stranger|older [a-z]+|guy|bloke|',
      "someone|somebody)(?: [a-z']+){0,8} «(?:asking|asked|asks|wants|wanting|trying|tries|tried|keeps asking|",
      'keep asking) to meet»',
    ],
    alsoNeeds: '{KID}|(?:\\d+|twelve|thirteen|fourteen|fifteen|eleven|ten) (?:year|yr)|teen',
    matches: [
      'my teenage daughter is being groomed by a man she met online',
      'I think my nephew is being groomed by an older man he met online',
    ],
    ignores: [
      'The new 101 online chat is brilliant',
    ],
  },
  {
    id: 'child-at-risk/child-may-be-risk',
    level: H,
    topics: ['child-at-risk'],
    purpose: 'a child may be at risk: hurt, abused, neglected, left alone, asked for pictures or given gifts by adults',
    phrase: [
      "{KID}(?: [a-z']+){0,4} (?:is|are|was|were|has been|have been|being|been|getting|gets|",
      'got) (?:[a-z]+ )?«(?:abused|hit|beaten|hurt|neglected|groomed|touched|exploited|starved|locked (?:in|up|out)|',
      'left (?:alone|on (?:their|her|his) own)|smacked|battered|assaulted|raped|trafficked|forced|made to|threatened|',
      'sexually|kicked out|thrown out|going missing|missing|coming home with|taken advantage of)»|«(?:hits|hit|beats|',
      'beat|hurts|hurt|abuses|abused|abusing|touches|touched|touching|fondling|fondled|interfering with|',
      'interfered with|smacks|smacked|batters|kicks|punches|punched|locks|starves|neglects|neglected|shakes|shook|',
      'slaps|slapped|strangles|chokes|burns|burnt)» (?:up )?(?:my|his|her|their|the|a|our) (?:[a-z]+ )?{KID}|«(?:left|',
      'leave|leaves|leaving)» (?:my|his|her|their|the|our) (?:[a-z]+ )?(?:kids|children|child|baby|babies|toddler|son|',
      'daughter) (?:home )?(?:alone|on (?:their|her|his) own|unattended)|«child» (?:sexual )?(?:abuse|exploitation|',
      'neglect|cruelty)|«(?:paedo|pedo|pedoph|paedoph|nonce)»[a-z]*|(?<![a-z])«(?:cse|cce)»(?![a-z])|(?:ask|asked|',
      'asking|forced|forcing|made|making|pressured|pressuring|blackmailed|blackmailing|told|telling|',
      'getting) (?:[a-z]+ ){0,3}(?:to )?(?:send|sending|take|taking) (?:[a-z]+ ){0,2}«(?:pictures|pics|photos|images|',
      'nudes|videos|naked|selfies)»|«(?:pictures|pics|photos|images|videos)» (?:[a-z]+ ){0,2}(?:to|for|with) (?:older|',
      'grown|adult) (?:men|man|people|lads)|«older» (?:boyfriend|man|men|lads|guy|boys|kids|',
      "teenagers) (?:[a-z']+ ){0,6}(?:buys|bought|gives|gave|picks|picked|takes|took|vodka|alcohol|drugs|weed|gifts|",
      'money|phone|clothes)|(?:going|goes|went|keeps going|has been going) «missing»|«coming (?:back|',
      'home) with» (?:new )?(?:phones?|clothes|money|trainers|cash|gifts|jewellery)',
    ],
    alsoNeeds: '{KID}|(?:\\d+|twelve|thirteen|fourteen|fifteen|eleven|ten|nine|eight|seven|six|five) (?:year|yr)|teen|school|class|underage|minor',
    matches: [
      'my 4 year old is missing from the park',
      'someone in my family has been touching my little cousin',
    ],
    ignores: [
      'Someone keyed my car in the Tesco car park',
    ],
  },
  {
    id: 'child-at-risk/child-may-be-risk-2',
    level: H,
    topics: ['child-at-risk'],
    purpose: 'a child may be at risk: an under-16 with an adult partner, or an adult hanging around schools or kids',
    phrase: [
      "(?:i'm|i am|im|she's|she is|he's|he is) «(?:1[0-5]|eleven|twelve|thirteen|fourteen|",
      "fifteen)»(?: years old)? and (?:he|she|they|my (?:boyfriend|girlfriend|bf|gf|partner))(?:'s| is| are) (?:1[89]|",
      '[2-9]\\d)|(?:hangs|hanging|loiters|loitering|waits|waiting|lurks|lurking|hangs about|parks|parked) (?:around |',
      'about )?«(?:outside|near|by|at)» (?:the|a|my|our|their) (?:school|schools|park|playground|nursery|youth club|',
      'school gates)|(?:tries|trying|tried) «to (?:talk to|speak to|chat to|give [a-z]+ to|get)» (?:the |young |',
      'little )?(?:girls|boys|kids|children|pupils)',
    ],
    matches: [
      'i\'m 15 and my boyfriend is 24 and my mum doesn\'t know',
      'there\'s a man who hangs around outside the school and tries to talk to the girls',
    ],
    ignores: [
      'My bike was nicked from outside the gym',
    ],
  },
  {
    id: 'child-at-risk/forced-send-images',
    level: H,
    topics: ['child-at-risk', 'sextortion'],
    purpose: 'says someone is being forced to send images',
    phrase: [
      '(?:forced|forcing|made|making|pressured|pressuring|blackmailed|blackmailing|coerced) (?:me|her|him|them|us|',
      'my [a-z]+|[a-z]+) (?:[a-z]+ ){0,2}(?:to )?(?:send|sending|take|taking) (?:[a-z]+ ){0,2}«(?:pictures|pics|photos|',
      'images|nudes|videos|naked|selfies)»|«forced to send» (?:[a-z]+ ){0,2}(?:pictures|pics|photos|images|nudes|',
      'videos)',
    ],
    matches: [
      'some man online is forcing my daughter to send him pictures',
    ],
    ignores: [
      'can I send you pictures of the damage to my car',
    ],
  },
]);
