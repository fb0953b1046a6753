import { defineRules, E, H } from '../phrase';

/* Suicide and self-harm: now, and thoughts or acts in the past. Phrase rules: see phrase.ts for their language and clauses.ts for how a message is read. */
export const SELF_HARM_RULES = defineRules([
  {
    id: 'suicide/will-act-suicide-now',
    level: E,
    topics: ['suicide', 'immediate-danger'],
    purpose: 'says they will act on suicide now: going to kill themselves, end it, overdose or jump',
    phrase: [
      "«(?:going to|gonna|about to|'m going to|am going to|ready to|decided to|i'll|i will|i'm gonna|tonight i|plan to|",
      'planning to|planned to|got a plan to|have a plan to)» (?:{G1})?(?:kill {SELF_ANY}|end (?:{SELF}|it all|',
      'it(?! (?:with|here|there|at that|for (?:now|today)|now))|things(?! with)|everything(?! (?:with|here))|',
      'my own life)|take (?:my|his|her|their) (?:own )?life|top (?:myself|himself|herself)|hang (?:myself|himself|',
      'herself)|jump (?:off|in front|from|of)|overdose|od|take (?:all )?(?:my|the|these|those|all the) {PILLS}|',
      'slit my wrists|cut my wrists|kill my ?self|throw (?:myself|himself|herself) (?:off|under|in front)|jump(?=$|',
      ' (?:tonight|now|today|soon)))',
    ],
    matches: [
      'im gonna kill myself 2nite',
      'can\'t do this anymore, I\'m going to kill myself',
    ],
    ignores: [
      'Is the Chief Constable going to resign?',
    ],
  },
  {
    id: 'suicide/taken-overdose',
    level: E,
    topics: ['suicide', 'self-harm', 'immediate-danger'],
    purpose: 'says someone has taken an overdose or too many pills, or was found hanged or unconscious',
    phrase: [
      "[a-z']+ (?:just |already )?(?:taken|took|had|done|swallowed) (?:an )?«(?:overdose|od)»|«(?:hanged|",
      'hung)» (?:himself|herself|themselves|myself)|«found» (?:him|her|them|my [a-z]+) (?:hanging|unconscious|',
      "unresponsive|not breathing)|«overdosed»|«overdosing»|(?:has|have|'s|'ve|just|i) «od'?d»|(?:taken|took|swallowed|",
      'had|necked|downed|eaten|ate) (?:all|a lot|lots|loads|a load|a bunch|too many|all of|every one of|the rest of|',
      '\\d{2,}|twenty|thirty|forty|fifty|(?:a |an |one |two |three |four |five |several |a few |half a |a whole |whole |',
      '\\d )?(?:packets?|packs?|boxes|box|bottles?|strips?|tubs?|handfuls?|blister packs?|weeks? worth|',
      "months? worth)) (?:of )?(?:[a-z']+ ){0,3}«{PILLS}»",
    ],
    matches: [
      'i overdosed',
      'ive took all my tablets',
    ],
    ignores: [
      'how do i get rid of my late mums old tablets safely? theres loads of boxes. can i take them to the police station or is it the chemist',
    ],
  },
  {
    id: 'immediate-danger/unconscious-not-breathing',
    level: E,
    topics: ['immediate-danger'],
    purpose: 'says someone is unconscious or not breathing',
    phrase: [
      "(?:isn't|is not|not|won't|wont|can't|cannot) «(?:waking up|wake (?:him|her|them) up|breathing|responding)»|",
      "«unconscious»|«unresponsive»|(?:can't|cannot|cant) «breathe»(?! (?:with|because of) (?:the|this|stress))",
    ],
    matches: [
      'cant breathe he\'s on top of me',
      'my brother took an overdose and he isn\'t waking up',
    ],
    ignores: [
      'There was a drone flying over the ground on match day. Isn\'t that illegal?',
    ],
  },
  {
    id: 'self-harm/badly-hurt-by-self-harm',
    level: E,
    topics: ['self-harm', 'immediate-danger'],
    purpose: 'says they are badly hurt by self-harm now',
    phrase: [
      '(?:cut|slit|slashed|sliced|stabbed) (?:myself|my wrists?|my arms?|my legs?|herself|himself|her wrists?|',
      "his wrists?)(?: [a-z']+){0,6} (?:won't|wont|will not|can't|cant|doesn't|does not) «stop»(?: bleeding)?|",
      "«(?:bleeding|blood)» (?:won't|wont|will not|can't|cant) stop|«so much blood»|«blood» (?:everywhere|all over|",
      "pouring|pissing out|on the floor)|(?:i'm|i am|im|she's|he's) «bleeding»|«can't stop cutting»|",
      '«losing» (?:a lot of |loads of )?blood|«bleeding» (?:a lot|badly|heavily|everywhere|loads)|«cut» (?:myself|',
      'my wrists?|my arms?) (?:really |too |very |so )?(?:deep|badly|bad)',
    ],
    matches: [
      'i have cut my wrists and there\'s so much blood',
      'she\'s stabbed him and there\'s blood everywhere',
    ],
    ignores: [
      'there\'s graffiti all over the bus shelter on my road',
    ],
  },
  {
    id: 'self-harm/cut-wrists-throat',
    level: E,
    topics: ['self-harm', 'immediate-danger'],
    purpose: 'says they have cut their wrists or throat',
    phrase: [
      "(?:i've|i have|i|she's|he's|she has|he has|they've|has|have|just)(?: just)? «(?:slit|cut|slashed|sliced|",
      'opened) (?:my|her|his|their) (?:wrists?|throat)»',
    ],
    matches: [
      'i\'ve slit my wrists',
      'i have cut my wrists and there\'s so much blood',
    ],
    ignores: [
      'there\'s graffiti all over the bus shelter on my road',
    ],
  },
  {
    id: 'self-harm/harming-themselves-now',
    level: E,
    topics: ['self-harm', 'immediate-danger'],
    purpose: 'says someone is harming themselves now',
    phrase: [
      "(?:{SUBJ}|i)(?:'s|'m| is| am| are|'re)(?: still| now)? «(?:cutting|harming|hurting|burning|stabbing) (?:myself|",
      'herself|himself|themselves|my self)»(?! (?:again|lately|recently|for|since|most|every|a lot))|«(?:locked|',
      'shut) (?:herself|himself|themselves|myself) in» (?:the|my|her|his|a) (?:bathroom|bedroom|toilet|room|car|garage)',
    ],
    matches: [
      'ive locked myself in the car and he\'s hitting the windows with a bat',
      'i\'ve just been hit by my husband and i\'ve locked myself in the toilet',
    ],
    ignores: [
      'My husband and I want to thank the neighbourhood team',
    ],
  },
  {
    id: 'suicide/means-ready',
    level: E,
    topics: ['suicide', 'immediate-danger'],
    purpose: 'has the means ready',
    phrase: [
      "(?:got|have|'ve got|saved|saving|stockpiled|stockpiling|collected|collecting|hoarded|hoarding|lined up|",
      'counted out) (?:up )?(?:all |enough |some )?(?:of )?(?:my |the |these |her |',
      "his )?(?:[a-z]+ )?«{PILLS}»(?: [a-z']+){0,3} (?:ready|lined up|saved up|to take|in front of me|out)|(?:taking|",
      "take|swallow|swallowing|going to take|gonna take|'ll take) «(?:them|all of them|the lot|it all|",
      'all of it)»(?: [a-z]+)? (?:tonight|now|today|right now|in a (?:bit|minute))',
    ],
    alsoNeeds: '{PILLS}|overdose',
    matches: [
      'I\'ve had enough. I\'ve got all my meds lined up and I\'m taking them tonight',
      'I\'ve had enough. I\'ve got all my meds lined up and I\'m taking them tonight',
    ],
    ignores: [
      'feedback\nthe 101 wait was 45 mins last night\nnot good enough honestly, i was only reporting a fly tip',
    ],
  },
  {
    id: 'suicide/goodbye-plan-ready',
    level: E,
    topics: ['suicide', 'immediate-danger'],
    purpose: 'says goodbye or has a plan ready',
    phrase: [
      "(?:this is|it's|this will be) (?:my )?«(?:last|final) (?:message|goodbye|night|day|text)»(?! (?:about|on|",
      'regarding|to you|before|until|for (?:today|now|this)|of the day|at work|in the office|of term|of the holiday|',
      'of my holiday))|«goodbye» (?:everyone|forever|world|all)|(?:written|wrote|writing|left) (?:a|',
      "my) (?:suicide )?«note»|(?:got|have|'ve got|has got) the (?:rope|pills|tablets|knife|blade|noose) «(?:ready|",
      "here|with me|in my hand)»|«won't be» (?:here|alive|around) (?:tomorrow|in the morning|by (?:tonight|tomorrow|",
      'morning))',
    ],
    matches: [
      'this is my last message, I\'ve got the rope ready',
      'ive got the rope ready and the house is empty tonight',
    ],
    ignores: [
      'Police cars keep speeding past my house with sirens at night',
    ],
  },
  {
    id: 'suicide/suicidal-thoughts',
    level: H,
    topics: ['suicide'],
    purpose: 'mentions suicidal thoughts',
    phrase: [
      '(?:kill|killing|kil|end|ending|take|taking|top|topping|hang|hanging) «{SELF_ANY}»|«end (?:it all|my life|',
      'things)»|«(?:suicidal|sucidal|suicidle)»|(?:want|wanna|wants|wanted|wish|wishing|wished) (?:to )?«(?:die|',
      "be dead|i was dead|i were dead|to not be here|i wasn't here|i wasn't alive|i was never born|i'd never been born|",
      "to disappear forever|to not wake up|not to wake up)»|(?:don't|do not|dont|doesn't|does not|",
      'no longer) «want to (?:live|be alive|be here|wake up|go on|exist|carry on)»|«no (?:point|',
      'reason)» (?:in )?(?:living|to live|going on|being alive|carrying on)|«better off» (?:dead|without me|',
      "if i was dead|if i wasn't here)|(?:can't|cannot|cant) «(?:go on|carry on|do this)» (?:any ?more|like this|",
      "living)|«not worth living»|(?:don't|do not|dont|can't|cannot|cant) «see (?:the |any )?point» (?:in |",
      'of )?(?:going on|living|carrying on|life|being here|being alive|anything|it all|trying)|(?:had enough|sick|',
      "tired) «of (?:life|living|being alive|it all)»|«i've had enough»$|(?:want|wish|need) «(?:it all|everything|",
      'the pain|this|it) to (?:stop|end|be over)»|(?:everyone|they|people|my family|family|you all|the kids|',
      "everybody)(?: [a-z']+)? (?:would|'d|will) be «(?:happier|better off|better)» (?:if i (?:wasn't|was not|weren't|",
      "was gone|wasn't here|died)|without me|when i'm gone)|«if i (?:wasn't|was not|weren't) (?:around|here|alive)»|",
      '(?:thinking|thought|thoughts) «(?:about|of) (?:dying|ending|death|not being here|jumping)»|',
      '«not wanting to (?:be here|be alive|live|wake up|go on|exist|carry on)»|(?:want|going|thinking) «to jump (?:off|',
      'in front)»',
    ],
    matches: [
      'I feel suicidal',
      'k1ll mys3lf t0night',
    ],
    ignores: [
      'my neighbours\' dog barks all night',
    ],
  },
  {
    id: 'suicide/threatening-suicide',
    level: H,
    topics: ['suicide'],
    purpose: 'says someone is threatening suicide',
    phrase: [
      '«threat»[a-z]* to (?:jump|kill {SELF_ANY}|end (?:it|his life|her life|their life|it all)|overdose|',
      'take (?:an overdose|(?:his|her|their) (?:own )?life)|hang (?:himself|herself|themselves)|cut (?:himself|',
      'herself))',
    ],
    matches: [
      'she\'s threatening to jump from the balcony, she\'s on the edge now',
    ],
    ignores: [
      'No one is threatening me, I just want advice about a neighbour\'s hedge',
    ],
  },
  {
    id: 'suicide/suicide',
    level: H,
    topics: ['suicide'],
    purpose: 'uses the word suicide or suicidal',
    phrase: '«suicid»[a-z]*|«sucid»[a-z]*',
    framable: true,
    matches: [
      'I feel suicidal',
      'i get sucidal thoughts most nights',
    ],
    ignores: [
      'I\'m not suicidal, I\'m just really annoyed with how long everything takes',
    ],
  },
  {
    id: 'self-harm/self-harm',
    level: H,
    topics: ['self-harm'],
    purpose: 'mentions self-harm',
    phrase: [
      '«self ?harm»[a-z]*|(?:harm|harming|hurt|hurting|cut|cutting|burn|burning) «(?:myself|my self|meself|herself|',
      'himself|themselves|my arms|my wrists|my legs)»|«cutting again»|(?:took|taken|take|taking|had) «an overdose»|',
      '«overdose»',
    ],
    matches: [
      'i\'ve been self harming again',
      'I cut myself most nights to cope',
    ],
    ignores: [
      'can u say that again',
    ],
  },
]);
