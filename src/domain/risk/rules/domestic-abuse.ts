import { defineRules, H } from '../phrase';

/*
 * Domestic abuse and coercive control, by a partner or family member.
 * Phrase rules: see phrase.ts for their language and clauses.ts for how a message is read.
 */
export const DOMESTIC_ABUSE_RULES = defineRules([
  {
    id: 'domestic-abuse/abuse-by-partner-family-member',
    level: H,
    topics: ['domestic-abuse'],
    purpose: 'describes abuse by a partner or family member: they hit, push, choke or hurt someone',
    phrase: '{REL_DA} {G2}«(?:{HARM})» (?:{OBJ})',
    matches: [
      'my dad hits my mum',
      'yeah my dad hits me',
    ],
    ignores: [
      'Diolch am ariannu gwasanaethau cam-drin domestig',
    ],
  },
  {
    id: 'violence/tied-up-restrained',
    level: H,
    topics: ['violence'],
    purpose: 'describes being tied up or restrained',
    phrase: [
      '«(?:tied|ties|tying|taped|tapes|handcuffed|chained|gagged)» (?:me|her|him|us|them|my [a-z]+)(?: up)?|(?:i was|',
      "i've been|she was|he was|been|being|got) «(?:tied up|tied|taped up|handcuffed|chained|gagged)»",
    ],
    matches: [
      'he tied me up and left, I\'ve just managed to get free',
      'my grandad lives with my aunt and she screams at him all the time, locks him in his room when she goes out ' +
        'and i\'ve seen marks on his wrists like he\'s been tied',
    ],
    ignores: [
      'My grandad was a police officer in Preston in the 60s, do you have records?',
    ],
  },
  {
    id: 'domestic-abuse/strangulation',
    level: H,
    topics: ['domestic-abuse', 'violence'],
    purpose: 'describes strangulation',
    phrase: [
      '«hands? (?:round|around|on) (?:my|her|his|their) (?:neck|throat)»|«(?:strangl|strangel|throttl)»[a-z]*|',
      '«chok(?:ed|es|ing)» (?:me|her|him|them|us)(?! (?:up|with emotion))|«chocked» (?:me|her|him)',
    ],
    matches: [
      'please help he\'s strangling my mum',
      'my partner\'s trying to strangle me',
    ],
    ignores: [
      'email please',
    ],
  },
  {
    id: 'violence/injuries',
    level: H,
    topics: ['violence', 'domestic-abuse'],
    purpose: 'mentions injuries',
    phrase: [
      '(?:has|had|got|with|covered in|full of|seen|noticed|saw) (?:[a-z]+ )?«(?:bruises|bruising|a black eye|',
      'black eyes|a split lip|marks on (?:her|his|my) (?:neck|arms|face|body)|finger ?marks)»(?! (?:from|',
      'after) (?:football|rugby|the gym|training|a fall|falling))',
    ],
    matches: [
      'my brother won\'t let my sister-in-law leave the house and she has bruises',
      'my brother won\'t let my sister-in-law leave the house and she has bruises',
    ],
    ignores: [
      'Police cars keep speeding past my house with sirens at night',
    ],
  },
  {
    id: 'violence/hurt',
    level: H,
    topics: ['violence'],
    purpose: 'describes someone being hurt',
    phrase: '(?:{SPRON}|{UNK}|{POSS}(?: {FILLER}){0,2} {OTHER_PERSON}) (?:{G2})?«(?:{HARM})» (?:{OBJ})',
    matches: [
      'h3\'s b3ating m3 up',
      'heeeelp he\'s hitting me',
    ],
    ignores: [
      'our youth club in Garstang had the knife crime workshop last month and the kids loved it, very hard hitting. can we book again for the younger group?',
    ],
  },
  {
    id: 'violence/injuries-left',
    level: H,
    topics: ['violence'],
    purpose: 'describes injuries someone left: bruises, a black eye, marks',
    phrase: [
      '«(?:left|leaves|leaving|gave|gives|given|giving)» (?:me|her|him|them|us|my [a-z]+) (?:with )?(?:bruises|bruising|',
      'a black eye|black eyes|a fat lip|a split lip|marks|a broken [a-z]+|burns|scratches)|«bruises?» (?:on|all over|up|',
      'down) (?:me|my|her|his|their)|«bruises?» (?:he|she|they|my [a-z]+) (?:gave|left)|«(?:covered in|full of)» bruises',
    ],
    matches: ['he left bruises on her arm', 'look at the bruises he gave me', 'my stepdad gave me a black eye'],
    ignores: ['I bruised my knee falling off the kerb by the station, the paving is a disgrace'],
  },
  {
    id: 'domestic-abuse/abuse-by-partner-family-member-2',
    level: H,
    topics: ['domestic-abuse'],
    purpose: 'describes abuse by a partner or family member: "he abuses me", "gets violent", "abusive relationship"',
    phrase: [
      '(?:{SPRON}|{REL}) (?:{G2})?«(?:abuses|abused|abusing|is abusive|was abusive|gets violent|got violent|is violent|',
      'was violent|turns violent|gets physical|got physical|gets rough|beats? on)» (?:me|us|her|him|them|to me|',
      'towards me|{OBJ})?|{REL_DA} (?:{G3})?(?:and )?«(?:violent|abusive)»(?! (?:films?|games?|crime|offenders?))|',
      '«(?:abusive|violent|controlling|coercive) (?:relationship|marriage|partner|husband|wife|boyfriend|girlfriend|ex|',
      'dad|father|mum|mother|stepdad|household|home|family)»',
    ],
    matches: [
      'I\'m in an abusive relationship and I don\'t know how to get out',
      'when I was a kid my uncle abused me. I\'m 43 now and I\'ve never told anyone. I think I\'m ready to',
    ],
    ignores: [
      'Hello, anyone there?',
    ],
  },
  {
    id: 'domestic-abuse/abused',
    level: H,
    topics: ['domestic-abuse'],
    purpose: 'describes being abused',
    phrase: [
      "(?:i'm|i am|im|i've been|i have been|i was|she's|she is|she was|he's|he is|he was|been|being|getting|",
      'got) (?:physically |emotionally |mentally |verbally |financially |psychologically |domestically )?«(?:abused|',
      'beaten|battered|hit|beaten up|beat up|knocked about)»(?! (?:by (?:a|the) (?:car|van|bus|ball|cyclist|lorry|',
      'vehicle)|at|in|on|\\d|by (?:a|the|our|their) (?:team|side|rivals|opposition)))',
    ],
    matches: [
      'I was beaten up on Friday night in town',
      'i\'ve just been hit by my husband and i\'ve locked myself in the toilet',
    ],
    ignores: [
      'my neighbours\' dog barks all night',
    ],
  },
  {
    id: 'domestic-abuse/domestic-abuse',
    level: H,
    topics: ['domestic-abuse'],
    purpose: 'discloses domestic abuse: suffering, living with or escaping it, or in an abusive relationship',
    phrase: [
      '(?:experienc(?:e|es|ed|ing)|suffer(?:s|ed|ing)?|victim of|going through|living with|living in|subjected to|',
      "escap(?:e|ed|ing)|fleeing|fled|dealing with|get(?:ting)? away from|happening to (?:me|us|her|him)|i'm in|",
      "i am in|i was in|we're in|she's in|she is in|he's in|stuck in|trapped in|left|leaving|survived|help (?:with|for|",
      'me with)|support (?:with|for)) (?:an? )?(?:ongoing |long term |years of |serious |physical |emotional |',
      'financial |economic |psychological |coercive )?«(?:domestic (?:abuse|violence)|abusive relationship|',
      'abusive marriage|dv|a domestic)»',
    ],
    framable: true,
    matches: [
      'I\'m a victim of domestic abuse and I need someone to talk to',
      'I\'m in an abusive relationship and I don\'t know how to get out',
    ],
    ignores: [
      'Someone keyed my car in the Tesco car park',
    ],
  },
  {
    id: 'domestic-abuse/domestic-abuse-2',
    level: H,
    topics: ['domestic-abuse'],
    purpose: 'uses the words domestic abuse, domestic violence or abusive relationship',
    phrase: '«domestic (?:abuse|violence)»|«abusive relationship»',
    framable: true,
    matches: [
      'there has been domestic violence in our house for years',
      'my sister is in an abusive relationship with a man from work',
    ],
    ignores: [
      'the domestic bins on our street were not collected again',
    ],
  },
  {
    id: 'domestic-abuse/afraid-partner-family-member',
    level: H,
    topics: ['domestic-abuse'],
    purpose: 'is afraid of a partner, family member or someone close, or of what they might do',
    phrase: [
      '«(?:afraid|scared|frightened|terrified|fearful|petrified|scared stiff|bricking it)» (?:of |',
      "about )?(?:what )?(?:{REL}|him|her|them|he(?:'ll| will| might| would|'d| could| is going to| may)|she(?:'ll|",
      " will| might| would|'d| could| is going to| may)|they(?:'ll| will| might| would|'d| could| are going to| may))",
    ],
    matches: [
      'i\'m terrified of my ex',
      'I\'m scared of my husband',
    ],
    ignores: [
      'My husband and I want to thank the neighbourhood team',
    ],
  },
  {
    id: 'domestic-abuse/afraid-go-home',
    level: H,
    topics: ['domestic-abuse'],
    purpose: 'is afraid to go home',
    phrase: [
      "«(?:afraid|scared|frightened|terrified)» (?:to go|of going) (?:back )?home|«walking on eggshells»|(?:don't|",
      'do not|dont) «feel safe» (?:at home|in (?:my|the|our) (?:own )?(?:home|house|flat))|«(?:afraid|scared|',
      'frightened|terrified)» (?:to|of) (?:leave|leaving) (?:him|her|them|my)',
    ],
    matches: [
      'I\'m afraid to go home',
      'I don\'t feel safe at home',
    ],
    ignores: [
      'that new chief is going to get slaughtered at the panel if the figures don\'t improve',
    ],
  },
  {
    id: 'domestic-abuse/fled-hiding-from-partner',
    level: H,
    topics: ['domestic-abuse'],
    purpose: 'has fled or is hiding from a partner',
    phrase: [
      '«(?:fled|escaped|ran away from|had to leave|moved to a refuge|in a refuge|at a refuge|staying in a refuge|',
      'need a refuge|need (?:a )?safe (?:place|house))» (?:from )?(?:{REL}|him|her|them|home|the house)?|(?:{SPRON}|',
      "{REL})(?:'ll| will| might| is going to| are going to|'s going to) «(?:find|come after|track|hunt) (?:me|us)»",
    ],
    matches: [
      'this weather is killing me lol. sorry. the real reason im messaging, my partner said if i ever leave he\'ll ' +
        'find me and kill me. he says it calm like its a joke but i dont think it is. i dont know who to tell',
    ],
    ignores: [
      'these potholes are killing my tyres',
    ],
  },
  {
    id: 'coercive-control/controlling-behaviour',
    level: H,
    topics: ['coercive-control', 'domestic-abuse'],
    purpose: 'describes controlling behaviour: checking their phone, or taking their money, cards, passport or keys',
    phrase: [
      '«(?:checks|checking|checked|goes through|going through|went through|reads|reading|monitors|monitoring|tracks|',
      'tracking|tracked|controls|controlling|controlled|takes|took|taking|keeps|kept|hides|hid|smashed|smashes|steals|',
      'stole|stealing)» (?:all |all the |the |all my |all our )?(?:my |our |her |his )?(?:phone(?! (?:number|bill|',
      'contract))|mobile|messages|texts|emails|money|bank|bank card|bank cards|bank account|cards?|finances|wages|',
      'benefits|pension|salary|location|spending|passport|keys|car keys|every move|documents|id)',
    ],
    matches: [
      'my husband won\'t let me work and keeps my passport',
      'i got jumped on my way home and they took my phone',
    ],
    ignores: [
      'This survey is a nightmare, it keeps crashing',
    ],
  },
  {
    id: 'coercive-control/controlling-behaviour-2',
    level: H,
    topics: ['coercive-control', 'domestic-abuse'],
    purpose: 'describes controlling behaviour: not allowed to go out, work or see people, or must ask permission',
    phrase: [
      "(?:have|has|got) «to ask» (?:him|her|them) (?:for|before|if|permission|every)|(?:not|never|isn't|is not|aren't|",
      "are not|wasn't|weren't) «allowed» (?:to )?(?:see|go|leave|have|work|talk|speak|out|use|get|visit|contact|wear|",
      'drive|eat|sleep|keep|spend)|«keep(?:s|ing)?» (?:a |her |him |them |people |women |',
      'girls )?(?:[a-z]+ )?(?:locked (?:in|up)|prisoner|captive)|(?:tells|told|telling|decides|decided) (?:me|her|',
      "him) «(?:who|what|where|when|how)» (?:i|she|he) (?:can|can't|am allowed|'m allowed|is allowed|could|couldn't|",
      "should|should be|have to|has to|must|wear|see|go)|(?:won't|doesn't|does not|wont|doesnt|didn't|will not|",
      'never) «(?:let|lets|allow|allows)» (?:me|her|him|us|{OBJ}) (?:to )?(?:see|go|leave|have|work|talk|speak|out|use|',
      "get|visit|contact|wear|drive|eat|sleep|keep|spend|open)|(?:i'm|i am|im|she's|she is|he's|he is|we're|",
      'we are) «not allowed» (?:to )?(?:see|go|leave|have|work|talk|speak|out|use|get|visit|contact|wear|drive|eat|',
      'sleep|keep|spend)|«(?:stops|stopped|stopping)» (?:me|her|him|us) (?:from )?(?:seeing|going|working|leaving|',
      'talking|speaking|visiting|contacting|having|getting)',
    ],
    matches: [
      'my husband won\'t let me work and keeps my passport',
      'my wife won\'t let me see my kids and takes all my wages',
    ],
    ignores: [
      'This survey is a nightmare, it keeps crashing',
    ],
  },
  {
    id: 'coercive-control/controlling-behaviour-3',
    level: H,
    topics: ['coercive-control', 'domestic-abuse'],
    purpose: 'describes controlling behaviour: locking them in, isolating or belittling them, threats to take the kids',
    phrase: [
      '«(?:locks|locked|lock|locking)» (?:me|her|him|us) (?:in|out|up)|«(?:isolat[a-z]*|cut(?:s|ting)? (?:me|her|',
      'him) off from|gaslight[a-z]*)» (?:me|her|him|us|my|his|from)?|«controls» (?:everything|me|her|him|what i|',
      'what she|what he|who i|who she)|«(?:makes|made|making)» (?:me|her|him) (?:ask (?:for|permission)|account for|',
      'beg|feel (?:worthless|stupid|useless|like nothing|crazy|mad)|hand over)|«puts?» (?:me|her|',
      'him) down (?:all the time|constantly|every day|in front)|«(?:calls|calling|called)» (?:me|her|him) (?:worthless|',
      'useless|fat|ugly|stupid|pathetic|a (?:slag|slut|whore|bitch|waste))|«threatens?» (?:to )?(?:take|taking) (?:the|',
      'my|our) (?:kids|children|baby|son|daughter)|«threatens?» to (?:kick|throw) (?:me|us|her|him) out|«(?:tracks|',
      'tracking|tracked)» (?:me|her|him|where i|where she|where he)|«(?:took|taken|takes|taking|take) out» (?:a |',
      'loans?|credit cards?|debts?|finance|phones?|contracts?)(?: [a-z]+)? in (?:my|her|his) name|(?:if|unless) (?:i|',
      'she|he) «(?:tell|tells|told|report|reports|call|calls|go to|went to|leave|leaves)» (?:anyone|anybody|the police|',
      "someone|people|him|her)(?: [a-z']+){0,3}$",
    ],
    matches: [
      'my carer has locked me in and gone out',
      'my partner threatens to take the kids if I leave',
    ],
    ignores: [
      'my partner and I want to set up a neighbourhood watch',
    ],
  },
  {
    id: 'coercive-control/coercive-control',
    level: H,
    topics: ['coercive-control', 'domestic-abuse'],
    purpose: 'mentions coercive control',
    phrase: '«coercive»(?: and)? control[a-z]*',
    framable: true,
    matches: [
      'that Coronation Street storyline about the coercive control was spot on tbh. well done them. do you think it makes more people report?',
    ],
    ignores: [
      'about 2 weeks ago',
    ],
  },
]);
