import { defineScenes } from './scene';

/* Risks that need a person soon, described in other words: control, grooming, exploitation, threats, thoughts of dying. */
export const HIGH_SCENES = defineScenes([
  {
    id: 'scene/violence/welsh-abuse-weapon-threat-fear',
    level: 'high',
    topic: 'violence',
    purpose: 'describes (in Welsh) abuse, a weapon, a threat or fear',
    pattern: [
      String.raw`(?:\b(?:fy ngham|ei cham|ei gham|ei gam|yn cam|wedi cam|n cam)[- ]?drin\b|\bcyllell\b|\bbygwth\b|`,
      String.raw`\bmae ofn arna i\b|\bdwi(?:'n)? ofn\b|\bdyn h[ŷy]n\b|\btreisio\b|\bymosod arna i\b)`,
    ],
    matches: [
      'mae fy ngŵr yn ymosod arna i',
      'Mae o wedi bygwth fy lladd i',
    ],
    ignores: [
      'Mae\'r ffurflen yma yn fy lladd i',
    ],
  },
  {
    id: 'scene/suicide/thoughts-suicide-self-harm',
    level: 'high',
    topic: 'suicide',
    purpose: 'describes thoughts of suicide or self-harm',
    pattern: [
      String.raw`\b(?:dark thoughts|ways to (?:do it|end it|kill)|(?:bang|banging|hit|hitting) my head|stopped eating|`,
      String.raw`(?:can'?t|cant|methu) (?:do|neud|gwneud) (?:this|hyn) (?:any ?more|dim mwy)|want to disappear|`,
      String.raw`not worth living)\b`,
    ],
    matches: [
      'dwi ar y bont. dwi methu neud hyn dim mwy',
      'can\'t do this anymore, I\'m going to kill myself',
    ],
    ignores: [
      'Is the Chief Constable going to resign?',
    ],
  },
  {
    id: 'scene/child-at-risk/child-risk',
    level: 'high',
    topic: 'child-at-risk',
    purpose: 'describes a child at risk: older men or lads, asked for pictures, night-time visits, drug debts or errands',
    pattern: [
      String.raw`\b(?:grown (?:man|men|woman)|older (?:man|men|lads|boys)|(?:\d\d) (?:year old|yo|y\/o) (?:man|bloke)|`,
      String.raw`asked (?:her|him|me|them) for (?:pictures|photos|pics|nudes|lluniau)|gofyn am luniau|sent (?:him|`,
      String.raw`them) (?:some )?(?:pictures|photos|pics)|(?:no|that no) (?:\d+ year old|child|kid|little (?:girl|`,
      String.raw`boy)) should (?:know|see|have to)|comes? into (?:her|his|my|their) (?:room|bed|bedroom)(?: at night)?|`,
      String.raw`(?:gets|got|climbs?) into (?:her|his|my) bed|what (?:he|she|they) did to me when i was (?:young|little|`,
      String.raw`a child|a kid)|(?:owes|owe) (?:people|money to)|sent to other towns|train tickets and money|`,
      String.raw`picks? her up from school|on their (?:xbox|playstation|phones?) )\b`,
    ],
    matches: [
      'my son owes money to dealers and they\'re threatening him',
      'my 15 year old is being made to carry drugs for older lads',
    ],
    ignores: [
      'is it legal to carry a pocket knife?',
    ],
  },
  {
    id: 'scene/sexual-violence/sexual-violence-intimate-images-shared',
    level: 'high',
    topic: 'sexual-violence',
    purpose: 'describes sexual violence or intimate images shared',
    pattern: [
      String.raw`\b(?:i (?:was|got|have been|'ve been|ve been) (?:sexually )?(?:assaulted|attacked|raped|abused|groped|`,
      String.raw`spiked)|(?:assaulted|attacked|raped|abused|groped|molested) by (?:a|an|the|my|his|her|our) \w+|`,
      String.raw`(?:shared|posted|sent|leaked|spread|showing|show(?:ed|n)) (?:a |the |my |our |some )?(?:video|videos|`,
      String.raw`vid|photos?|pictures?|pics|images?) of (?:us|me|her|him) (?:having sex|naked|in bed|undressed|without)|`,
      String.raw`(?:sex|nude|naked|intimate) (?:video|tape|vid|photos?|pictures?|pics|images?) of (?:me|us|her))\b`,
    ],
    matches: [
      'I have been raped',
      'I was raped at a party last month',
    ],
    ignores: [
      'my car was broken into last month and nobody came',
    ],
  },
  {
    id: 'scene/domestic-abuse/dangerous-back-life-what-was',
    level: 'high',
    topic: 'domestic-abuse',
    purpose: 'describes someone dangerous back in their life or what was done to them',
    pattern: [
      String.raw`\b(?:what (?:he|she|they|my \w+) did to me|(?:got|came|been let|was let) out of (?:prison|jail)|`,
      String.raw`released from (?:prison|jail))\b`,
    ],
    matches: [
      'My stalker has been released from prison and I\'m frightened',
      'i think i want to die\nnot going to do anything\njust so tired of it all after what he did to me',
    ],
    ignores: [
      'Is the Chief Constable going to resign?',
    ],
  },
  {
    id: 'scene/forced-marriage/marriage-made-go-through',
    level: 'high',
    topic: 'forced-marriage',
    purpose: 'describes a marriage they are being made to go through',
    pattern: [
      String.raw`\b(?:(?:sent|sending|taking|take|made|making|forc\w+|arrang\w+|want(?:s|ed)? me|`,
      String.raw`plann\w+) (?:\w+ ){0,8}(?:to get married|to marry|for (?:me|her|him) to marry|a wedding)|(?:get|`,
      String.raw`getting) married (?:\w+ ){0,5}(?:don'?t|do not|doesn'?t|didn'?t) want)\b`,
    ],
    matches: [
      'my family are forcing me to marry my cousin in pakistan',
      'my parents are taking me abroad to marry someone I don\'t know',
    ],
    ignores: [
      'Someone keyed my car in the Tesco car park',
    ],
  },
  {
    id: 'scene/child-at-risk/signs-grooming',
    level: 'high',
    topic: 'child-at-risk',
    purpose: 'describes signs of grooming',
    pattern: [
      String.raw`\b(?:told (?:him|her|them|my \w+) not to tell|(?:our|a) (?:little )?secret|keeps? (?:buying|`,
      String.raw`giving) (?:her|him|them) (?:stuff|presents|gifts|things|money|vapes|alcohol)|`,
      String.raw`(?:a )?(?:new )?phone (?:that )?(?:i|we) (?:never|didn'?t) (?:bought|buy|give|gave)|messages? (?:him|`,
      String.raw`her|them) (?:\w+ ){0,3}late at night|picking (?:her|him) up in his car)\b`,
    ],
    matches: [
      'the coach at my son\'s football club showers with the boys and messages them late at night',
      'I think my daughter is being groomed, she\'s 13 and she\'s got a second phone we never bought her',
    ],
    ignores: [
      'my neighbours\' dog barks all night',
    ],
  },
  {
    id: 'scene/threat-to-kill/threat-kill-harm',
    level: 'high',
    topic: 'threat-to-kill',
    purpose: 'describes a threat to kill or harm',
    pattern: [
      String.raw`\b(?:(?:he'?ll|she'?ll|he will|she will|he says he'?ll|she says she'?ll) kill (?:himself|`,
      String.raw`herself)(?: or me)?|you'?re dead(?: when| if)?|you'?re going to die|i know where (?:you|`,
      String.raw`your \w+) (?:live|go|work|are)|(?:run|knock) (?:me|us|her|him) (?:over|down)|next time (?:they'?ll|`,
      String.raw`he'?ll|she'?ll|we'?ll))\b`,
    ],
    matches: [
      'he said next time he\'ll kill me and he meant it',
      'he chocked me last night and said next time he\'ll kill me',
    ],
    ignores: [
      'my neighbours\' dog barks all night',
    ],
  },
  {
    id: 'scene/sexual-violence/sexual-assault-harassment',
    level: 'high',
    topic: 'sexual-violence',
    purpose: 'describes sexual assault or harassment',
    pattern: [
      String.raw`\b(?:(?:put|putting|puts|had|stuck) (?:his|her|their) hands? (?:on|up|down|inside) my (?:leg|thigh|knee|`,
      String.raw`bum|chest|top|skirt|breasts?|shorts|trousers)|said no (?:and|but) (?:he|she|they) (?:did it|carried on|`,
      String.raw`kept going|didn'?t stop)|without my consent|(?:nudes|naked (?:pictures|photos|pics)|`,
      String.raw`videos?) of me (?:\w+ ){0,6}(?:send|post|share|show|leak)|unless (?:i|you) (?:pay|send)|cornered me)\b`,
    ],
    matches: [
      'someone is threatening to send my nudes to my family unless I pay them',
      'a girl I met online said she\'ll post our video call unless I send her 500 quid',
    ],
    ignores: [
      'The new 101 online chat is brilliant',
    ],
  },
  {
    id: 'scene/violence/violence-intimidation-home',
    level: 'high',
    topic: 'violence',
    purpose: 'describes violence or intimidation at home',
    pattern: [
      String.raw`\b(?:punched (?:a hole in|the wall|the door|through)|(?:right )?next to my head|kicks off (?:proper|`,
      String.raw`most|every|when)|(?:notes|letters) through (?:our|my) door|they know (?:where|which) (?:we|i|our|my))\b`,
    ],
    matches: [
      'i keep getting messages from someone saying they know where i live',
      'im a victim\nfraud\nnot sure... they keep ringing saying they know where i live',
    ],
    ignores: [
      'Someone keyed my car in the Tesco car park',
    ],
  },
  {
    id: 'scene/coercive-control/control-over',
    level: 'high',
    topic: 'coercive-control',
    purpose: 'describes control over someone',
    pattern: [
      String.raw`\b(?:makes? me (?:share|send|give|tell|show|hand over)|(?:take|took|taken|keep|kept) (?:my|her|`,
      String.raw`his) (?:documents|papers|passport|id|visa)|(?:not|no) let (?:me|her|him|us) (?:go|leave|out|see|speak|`,
      String.raw`talk))\b`,
    ],
    matches: [
      'My partner makes me hand over my wages every Friday and I\'m not allowed a bank card',
      'My partner makes me hand over my wages every Friday and I\'m not allowed a bank card',
    ],
    ignores: [
      'my partner and I want to set up a neighbourhood watch',
    ],
  },
  {
    id: 'scene/child-at-risk/children-may-be-neglected',
    level: 'high',
    topic: 'child-at-risk',
    purpose: 'describes children who may be neglected',
    pattern: [
      String.raw`\b(?:asked (?:us|me) for food|no food in (?:the house|for (?:the|them))|(?:out|`,
      String.raw`outside) (?:in the street )?(?:till|until) (?:\d+ ?(?:am|pm)?|midnight|late)(?: at night)?|`,
      String.raw`never (?:any )?food in|asking (?:for|us for|me for) food|(?:out|outside) (?:\w+ )?til (?:\d+|midnight|`,
      String.raw`late)|left (?:alone|on (?:their|his|her) own) (?:all|for|every)|home alone (?:all|every|for)|`,
      String.raw`no coats? on)\b`,
    ],
    matches: [
      'my neighbour\'s kids are left alone all the time and they look hungry',
      'my neighbour\'s kids are left on their own all night most nights, the youngest is about 3',
    ],
    ignores: [
      'about 2 weeks ago',
    ],
  },
  {
    id: 'scene/vulnerable-adult/older-vulnerable-adult-exploited',
    level: 'high',
    topic: 'vulnerable-adult',
    purpose: 'describes an older or vulnerable adult being exploited: taken to the bank, their flat or account taken over',
    pattern: [
      String.raw`\b(?:taking (?:her|him|them) to the bank|withdrawn £?\d|taken over (?:his|her|their) (?:bank|account|`,
      String.raw`money|flat|house|home)|mynd (?:â|a) (?:hi|fe|fo|nhw) i'?r banc)\b`,
    ],
    matches: [
      'the lads who live above my disabled brother have taken over his flat to sell drugs',
      'my son\'s \'mates\' have taken over his flat, he\'s got learning difficulties, they\'ve just locked him in the ' +
        'bedroom and one of them has a knife. I\'m outside on the stairs',
    ],
    ignores: [
      'knife amnesty still on in preston?',
    ],
  },
  {
    id: 'scene/self-harm/self-harm-thoughts-dying',
    level: 'high',
    topic: 'self-harm',
    purpose: 'describes self-harm or thoughts of dying',
    pattern: [
      String.raw`\b(?:cuts on (?:her|his|my|their) (?:legs|arms|wrists|thighs)|thinks? about dying|wants? to die|`,
      String.raw`eisiau marw)\b`,
    ],
    matches: [
      'Dw i eisiau marw',
      'my teenage son says he wants to die',
    ],
    ignores: [
      'My son got a speeding fine and wants to appeal',
    ],
  },
  {
    id: 'scene/harassment/watched-photographed-contacted-through-fake',
    level: 'high',
    topic: 'harassment',
    purpose: 'describes being watched, photographed or contacted through fake accounts',
    pattern: [
      String.raw`\b(?:fake (?:instagram |facebook |social media |tiktok |snapchat )?(?:profiles|accounts)|`,
      String.raw`blocked (?:about |over |nearly )?\d+|same (?:man|guy|person|bloke|woman|car|`,
      String.raw`van) (?:\w+ ){0,4}(?:standing|outside|at my (?:door|window)|hanging around)|(?:doorbell|camera|`,
      String.raw`cctv) (?:keeps )?(?:catching|caught|picking up|shows?|showing) (?:the same|him|her|them|a man|a woman|`,
      String.raw`someone) (?:\w+ ){0,4}(?:every|again|late at night|at night|standing|staring|at my door|outside)|`,
      String.raw`(?:keep|keeps|kept) (?:driving|walking|going|coming) (?:\w+ )?(?:past|by|round) (?:my|our|the) (?:house|`,
      String.raw`home|flat|work)|taking (?:photos|pictures|videos) of (?:me|my|our|us|the house)|(?:found|find|there'?s|`,
      String.raw`there is) an? (?:airtag|tracker|tile)|(?:airtag|tracker|tile) (?:on|in|under) (?:my|the|her|his) (?:car|`,
      String.raw`bag|coat|pram|bike|handbag))\b`,
    ],
    matches: [
      'someone has put a tracker on my car',
      'my ex partner keeps driving past my house at night',
    ],
    ignores: [
      'my neighbours\' dog barks all night',
    ],
  },
  {
    id: 'scene/sexual-violence/unwanted-sexual-touching',
    level: 'high',
    topic: 'sexual-violence',
    purpose: 'describes unwanted sexual touching',
    pattern: [
      String.raw`\b(?:handsy|(?:told|said) (?:him|her|them )?no (?:but|and) (?:he|she|they) (?:still|kept|carried on|`,
      String.raw`did))\b`,
    ],
    matches: [
      'he gets handsy when he\'s had a drink and I\'ve told him no',
      'I went on a date on Saturday and I said no and he did it anyway. I haven\'t told anyone. I\'ve showered since ' +
        'and I don\'t know if there\'s any point reporting it now.',
    ],
    ignores: [
      'Hello, anyone there?',
    ],
  },
  {
    id: 'scene/threat-to-kill/threat-serious-harm',
    level: 'high',
    topic: 'threat-to-kill',
    purpose: 'describes a threat of serious harm',
    pattern: [
      String.raw`\b(?:he'?ll|she'?ll|going to|gonna|will|would) (?:break|snap) (?:my|his|her|your|the little one'?s|`,
      String.raw`the baby'?s|the kids?'? ?s?) (?:\w+ )?(?:arm|arms|leg|legs|neck|jaw|nose|fingers|bones)\b`,
    ],
    matches: [
      'the kids next door are out till 2am, there\'s never food in the house, and I\'ve heard their dad say he\'ll break the little one\'s arm',
      'he\'s got the dog by the collar in the back garden and saying he\'ll snap her neck if i dont give him my bank ' +
        'pin. hes drunk. im in the kitchen. Rossendale',
    ],
    ignores: [
      'Rob Banks. Ha, yes, I\'ve heard all the jokes',
    ],
  },
  {
    id: 'scene/child-at-risk/child-may-be-abused-groomed',
    level: 'high',
    topic: 'child-at-risk',
    purpose: 'describes a child who may be abused or groomed',
    pattern: [
      String.raw`\b(?:(?:buys|bought|gives|gave|giving) (?:her|him|them) (?:vapes|alcohol|drugs|presents|gifts|`,
      String.raw`a (?:new )?phone|money|weed)|staying out overnight|(?:dad|stepdad|step dad|uncle|brother|cousin|grandad|`,
      String.raw`teacher|coach|boyfriend|man|neighbour)(?:'s)? (?:touches|touched|is touching|has been touching|`,
      String.raw`keeps touching) (?:her|him|them|me)|sit on his lap|locks? the (?:bathroom|bedroom) door behind (?:him|`,
      String.raw`her)|(?:when|while) (?:she'?s|he'?s|she is|he is) in the (?:bath|shower))\b`,
    ],
    matches: [
      'my niece told me her stepdad touches her',
      'my stepdad touched me when i was little and he still lives with my sister',
    ],
    ignores: [
      'knife amnesty still on in preston?',
    ],
  },
  {
    id: 'scene/vulnerable-adult/older-vulnerable-adult-abused-exploited',
    level: 'high',
    topic: 'vulnerable-adult',
    purpose: 'describes an older or vulnerable adult being abused or exploited',
    pattern: [
      String.raw`\b(?:sign (?:the|her|his|their) (?:house|home|will|savings|property|money) over|(?:frightened|scared|`,
      String.raw`terrified) (?:whenever|when) (?:he|she|they)(?:'s| is| are)? (?:about|around|there|visits)|(?:handing|`,
      String.raw`hand|handed|hands) over (?:his|her|their) (?:benefits|money|bank card|pin|wages)|`,
      String.raw`'?friends'? (?:are )?(?:staying|living|moved in|dossing) (?:at|in) (?:his|her|their) (?:flat|house|`,
      String.raw`place)|has to keep them happy|(?:finger|hand)[- ]shaped bruises|bruises on (?:both )?(?:her|his|`,
      String.raw`their) (?:wrists|arms|face|neck)|unexplained bruis\w*)\b`,
    ],
    matches: [
      'Mum\'s in a care home and she\'s got finger-shaped bruises on both wrists. Staff say she bumps into things',
      'I think my mum\'s carer is hitting her, she\'s got bruises on her arms she can\'t explain and she goes quiet when he comes in',
    ],
    ignores: [
      'these speed bumps are killing me, my suspension\'s wrecked',
    ],
  },
  {
    id: 'scene/threat-to-kill/threats-passed-made',
    level: 'high',
    topic: 'threat-to-kill',
    purpose: 'describes threats passed on or made to them',
    pattern: [
      String.raw`\b(?:(?:pass on|passing on|passes on|getting (?:his|her|their) mates to) (?:\w+ ){0,2}messages|(?:i'?ll|`,
      String.raw`you'?ll|she'?ll|he'?ll) regret|burn (?:the|my|our) (?:house|flat|home|place) down with (?:me|us|them|`,
      String.raw`her|him)|know people who (?:deal with|sort out|take care of)|dishonou?r(?:ed)? (?:the|our|my|his|`,
      String.raw`her) family|waiting (?:by|at|near|outside) my (?:car|house|work|door|flat)|messages me at \d ?am|(?:our|`,
      String.raw`my) (?:private|intimate|sex) (?:videos?|photos?|pictures?|pics|images?)|porn (?:site|website))\b`,
    ],
    matches: [
      'someone at college shared my private pictures in a group chat',
      'he\'s threatening to burn the house down with us in it, he\'s got petrol',
    ],
    ignores: [
      'Someone keyed my car in the Tesco car park',
    ],
  },
  {
    id: 'scene/forced-marriage/abuse-control-exploitation',
    level: 'high',
    topic: 'forced-marriage',
    purpose: 'describes abuse, control or exploitation in other words',
    pattern: [
      String.raw`\b(?:(?:taking|take|sending|send) me (?:to|abroad|back)[^.]{0,80}(?:marriage|married|marry|wedding)|`,
      String.raw`(?:did|done|doing) (?:stuff|things) to (?:me|her|him)|(?:saying|says|said|saying that) (?:we'?ll|`,
      String.raw`you'?ll|they'?ll) (?:burn|die|pay)|shouting [^.]{0,25} at (?:us|me) for (?:months|weeks|years)|(?:kids|`,
      String.raw`children) are terrified|(?:isn'?t|is not|not|never) allowed (?:her|his|my) own|goes to all (?:her|his|`,
      String.raw`my) appointments|(?:put|posted|shared|leaked|sent|uploaded) (?:my|our|her) (?:nudes|nude|naked|intimate|`,
      String.raw`private)|(?:on|to) a revenge (?:site|porn)|(?:sleep with|have sex with) (?:him|her|them) or (?:he'?ll|`,
      String.raw`she'?ll|they'?ll|i'?ll)|sex for rent|claiming to be from)\b`,
    ],
    matches: [
      'someone at college shared my private pictures in a group chat',
      'my parents are taking me abroad to marry someone I don\'t know',
    ],
    ignores: [
      'Someone keyed my car in the Tesco car park',
    ],
  },
  {
    id: 'scene/breach-of-order/breached-court-order',
    level: 'high',
    topic: 'breach-of-order',
    purpose: 'describes a breached court order',
    pattern: [
      String.raw`\b(?:(?:even though|despite|er gwaetha'?r?) (?:\w+ ){0,4}(?:court|order|injunction|bail|gorchymyn)|`,
      String.raw`(?:he|she|they|my ex|him)(?:'s| has| have| is| keeps?)? (?:\w+ ){0,3}(?:breach\w*|broke(?:n)?|`,
      String.raw`ignor\w*) (?:\w+ ){0,4}(?:court|order|injunction|bail)|court said no contact|`,
      String.raw`non ?mol\w*\b[^.]{0,60}\b(?:but|keeps?|still)|(?:order|injunction|bail conditions) (?:\w+ ){0,3}(?:but|`,
      String.raw`and) (?:he|she|they) (?:still|keeps?|is still|has)|(?:he'?s|she'?s|they'?re|he is|`,
      String.raw`she is) on bail (?:\w+ ){0,4}(?:but|and) (?:still|keeps?))\b`,
    ],
    matches: [
      'he has breached his bail conditions by coming to my street',
      'My ex is ignoring the non-molestation order and keeps texting me',
    ],
    ignores: [
      'Hurt Street, Burnley',
    ],
  },
  {
    id: 'scene/coercive-control/controlling-behaviour',
    level: 'high',
    topic: 'coercive-control',
    purpose: 'describes controlling behaviour: not let out, meds or passport hidden, "nobody would believe me"',
    pattern: [
      String.raw`\b(?:(?:hasn'?t|has not|won'?t|doesn'?t|never) let (?:me|her|him) (?:leave|out|go out)|locking (?:the|`,
      String.raw`my|her) (?:phone|car keys|keys|money)|hid(?:e|es|ing)? my (?:medication|meds|tablets|phone|passport|`,
      String.raw`money|keys)|(?:nobody|no one|noone) (?:would |will )?believes? me|telling (?:the doctor|people|`,
      String.raw`everyone) (?:i'?m|i am|she'?s|he'?s) (?:confused|mad|crazy)|(?:he'?ll|she'?ll|they'?ll) take the kids|`,
      String.raw`nobody would believe me|walking on eggshells)\b`,
    ],
    matches: [
      'she hasn\'t let me leave the house in weeks',
      'im in the back of a car and i dont know these men and they wont let me out',
    ],
    ignores: [
      'about 2 weeks ago',
    ],
  },
  {
    id: 'scene/vulnerable-adult/older-vulnerable-adult-exploited-2',
    level: 'high',
    topic: 'vulnerable-adult',
    purpose: 'describes an older or vulnerable adult being exploited: cards or pension taken, big sums handed over',
    pattern: [
      String.raw`\b(?:(?:got|taken|has|have|has got|'s got) (?:her|his|their|ei) (?:bank )?(?:cards?|cerdyn banc|pin|`,
      String.raw`pension|money)|giving (?:him|her|them) (?:hundreds|thousands)|sent (?:him|her|them) \d+ ?(?:thousand|`,
      String.raw`grand|k)|being robbed by|never any food in|won money|wedi colli miloedd|(?:had|taken|got|`,
      String.raw`sent) (?:about |over |nearly )?£?\d[\d,.]*k? (?:off|from|to) (?:him|her|them|my \w+)|remortgag\w*)\b`,
    ],
    matches: [
      'Dwi\'n poeni am Nain, mae\'r boi sy\'n dod i\'w helpu hi wedi cymryd ei cherdyn banc hi ac mae hi wedi colli miloedd',
      'my nan\'s new "friend" has got her bank cards off her and she\'s giving him hundreds a week, she won\'t hear a word against him',
    ],
    ignores: [
      'Mae\'r ffurflen yma yn fy lladd i',
    ],
  },
  {
    id: 'scene/honour-based-abuse/honour-based-abuse-forced-marriage',
    level: 'high',
    topic: 'honour-based-abuse',
    purpose: 'describes honour-based abuse or forced marriage',
    pattern: [
      String.raw`\b(?:shaming the family|shamed (?:the|our|her|his|my) family|(?:will|going to|gonna) be punished|`,
      String.raw`brought shame|bring(?:ing)? shame|dishonour|taught a lesson|(?:a|the) wedding\.? mine|`,
      String.raw`don'?t want to (?:marry|get married)|marry (?:someone|a man|a cousin) i (?:don'?t|do not|didn'?t))\b`,
    ],
    matches: [
      'my parents are taking me abroad to marry someone I don\'t know',
      'my brother says I have brought shame on the family and they will punish me',
    ],
    ignores: [
      'Someone keyed my car in the Tesco car park',
    ],
  },
  {
    id: 'scene/exploitation/possible-modern-slavery',
    level: 'high',
    topic: 'exploitation',
    purpose: 'describes possible modern slavery',
    pattern: [
      String.raw`\b(?:picked up in a van|(?:\d+|lots of|loads of) (?:men|people|workers) (?:live|living|sleep|`,
      String.raw`sleeping) (?:in|at|on)|look(?:ed)? (?:exhausted and scared|scared and exhausted)|(?:not|never) (?:paid|`,
      String.raw`allowed to leave))\b`,
    ],
    matches: [
      'there\'s a house on our street where about 10 men live, they get picked up in a van at 5am and look exhausted ' +
        'and scared, one of them asked me for food last week',
    ],
    ignores: [
      'about 2 weeks ago',
    ],
  },
  {
    id: 'scene/harassment/harassment-threats-will-not-stop',
    level: 'high',
    topic: 'harassment',
    purpose: 'describes harassment or threats that will not stop',
    pattern: [
      String.raw`\b(?:(?:messages|texts|calls) from new accounts|another (?:one|account) pops up|know what i was wearing|`,
      String.raw`telling everyone my address|saying i'?m dead|(?:said|saying) (?:they'?ll|they will|he'?ll|`,
      String.raw`he will) get (?:him|her|me|us) again|pulled a knife on|deal with me|smacked about|getting smacked|`,
      String.raw`(?:the )?same (?:silver |black |white |red |blue )?(?:car|van) everywhere|fy nilyn|yn fy nilyn)\b`,
    ],
    matches: [
      'mae dyn yn fy nilyn i nawr',
      'Mae dyn yn fy nilyn i adref nawr ac mae gen i ofn',
    ],
    ignores: [
      'my mum will kill me if I\'m late home again',
    ],
  },
  {
    id: 'scene/suicide/not-being-here',
    level: 'high',
    topic: 'suicide',
    purpose: 'thoughts of not being here or of dying, told in other words',
    pattern: [
      String.raw`\b(?:(?:i|he|she|they) (?:won'?t|wont|will not) be (?:here|around) (?:after|for|by|much longer|next)|(?:thinking|think|thought) `,
      String.raw`about (?:not being (?:here|around)|stepping out in front|ending (?:it|things)|not waking up)|`,
      String.raw`no point (?:to|in) (?:anything|living|going on|any of it)|(?:been )?googling ways|better off without me)`,
    ],
    matches: ["I think about not being around a lot more than I should", "he said he won't be here after Christmas"],
    ignores: ["the office won't be here after Christmas, it is moving to Preston"],
  },
  {
    id: 'scene/child-at-risk/neglect-or-afraid-of-home',
    level: 'high',
    topic: 'child-at-risk',
    purpose: 'a child neglected, or afraid to go home',
    pattern: [
      String.raw`\b(?:(?:always|constantly) (?:filthy|dirty|hungry|starving)|(?:go|goes|going|looking|rooting) through `,
      String.raw`(?:our|the|people'?s) bins for food|same clothes for (?:weeks|days)|(?:doesn'?t|does not|won'?t|dont|`,
      String.raw`don'?t|didn'?t) want to go home (?:because|cos|coz|cause)|(?:scared|frightened|afraid|terrified) to go home)`,
    ],
    matches: ['the little lad over the road is always hungry and goes through our bins for food'],
    ignores: ["I don't want to go home yet, the match is on"],
  },
  {
    id: 'scene/child-at-risk/online-grooming-signs',
    level: 'high',
    topic: 'child-at-risk',
    purpose: 'an adult asking a child for pictures, for secrecy, or giving gifts for them',
    pattern: [
      String.raw`\b(?:(?:asking|asked|asks|ask) (?:him|her|them|my (?:son|daughter|kid|child|lad|girl)) for (?:pictures|pics|photos|`,
      String.raw`nudes)|keep (?:their|the|it|our|his|her) (?:chats?|messages?|talks?|friendship) (?:a )?secret|`,
      String.raw`(?:if|in return for|for) (?:he|she) (?:sent|sends|send) (?:a |him a |her a )?(?:photo|pic|picture)|sugar daddy|`,
      String.raw`(?:in return|in exchange) for (?:pics|pictures|photos|nudes)|sorts? the driver out)`,
    ],
    matches: ['a man on a game keeps asking my son for pictures and tells him to keep their chats secret'],
    ignores: ['can you send me pictures of the damage for my insurance'],
  },
  {
    id: 'scene/vulnerable-adult/care-abuse-seen',
    level: 'high',
    topic: 'vulnerable-adult',
    purpose: 'a carer seen being rough with, or hitting, the people they care for',
    pattern: [
      String.raw`\b(?:(?:rough|slap|slaps|slapped|hits?|hitting|hit) (?:with )?(?:the |a |one of the )?(?:residents?|patients?|`,
      String.raw`service users?|clients?)|(?:residents?|patients?) (?:are |being |left )(?:hit|slapped|left in (?:soiled|dirty|wet)|neglected))`,
    ],
    matches: ['a colleague is rough with the residents and I saw her slap one'],
    ignores: ['the residents association meets on Tuesdays'],
  },
  {
    id: 'scene/threat-to-kill/menace-implied',
    level: 'high',
    topic: 'threat-to-kill',
    purpose: 'a threat implied: "enjoy your last summer", "I know which school your kids go to"',
    pattern: [
      String.raw`\b(?:enjoy (?:your|ur) last (?:summer|christmas|days|week|birthday)|(?:knows?|found out) (?:which|what) `,
      String.raw`school (?:my|our|the|your) (?:kids|children|son|daughter|lad|girl) (?:go|goes))`,
    ],
    matches: ["texts saying 'enjoy your last summer' from a number I don't know", 'he said he knows which school my kids go to'],
    ignores: ['enjoy your summer holidays, see you in September'],
  },
  {
    id: 'scene/exploitation/made-to-sell-or-carry',
    level: 'high',
    topic: 'exploitation',
    purpose: 'made to sell, carry or deliver for others: criminal exploitation',
    pattern: [
      String.raw`\b(?:(?:make|makes|made|making) (?:me|him|her|them|my (?:son|daughter|lad|brother)) (?:sell|deal|carry|hold|run|drop) `,
      String.raw`(?:for them|for him|drugs|gear|weed|packages|parcels|bags|stuff|it for)|`,
      String.raw`sent (?:to|out to) (?:houses|flats|other towns|another town)|drop (?:stuff|packages|parcels|bags) off (?:for|at))`,
    ],
    matches: ['they make me sell for them', 'i get sent to houses in other towns to drop stuff off'],
    ignores: ['the school makes me sell raffle tickets every christmas'],
  },
  {
    id: 'scene/child-at-risk/child-with-adult-partner',
    level: 'high',
    topic: 'child-at-risk',
    purpose: 'a child under 16 seeing or meeting an adult',
    pattern: [
      String.raw`\b1[0-5]\b[^.]{0,40}\b(?:seeing|dating|going out with|meeting|sleeping with|boyfriend|girlfriend)\b[^.]{0,30}\b`,
      String.raw`(?:1[89]|[2-6]\d) ?(?:year old|yr old|yo|years old)|\b(?:he'?s|she'?s|hes|shes) (?:1[89]|[2-6]\d) and (?:she'?s|he'?s|shes|hes) 1[0-5]\b`,
    ],
    matches: ['my mate is 14 and seeing a 25 year old', "he's 28 and she's 14"],
    ignores: ['my son is 14 and goes to football with a 25 year old coach who is brilliant with them'],
  },
  {
    id: 'scene/self-harm/urge-to-crash',
    level: 'high',
    topic: 'self-harm',
    purpose: 'an urge to crash the car or step in front of traffic on purpose',
    pattern: [String.raw`\b(?:want|wanna|thinking about|think about|tempted) (?:to )?(?:crash|drive) (?:the|my) car (?:on purpose|into)`],
    matches: ['sometimes i want to crash the car on purpose'],
    ignores: ['the car park is so tight i think about crashing the car every time'],
  },
  {
    id: 'scene/threat-to-kill/menace-in-a-letter',
    level: 'high',
    topic: 'threat-to-kill',
    purpose: 'a menacing message: "I know what you did", "I\'ll be seeing you"',
    pattern: [
      String.raw`\b(?:i|we) know what (?:you|u) did\b|(?:i'?ll|ill|we'?ll|i will|we will) be seeing (?:you|u)\b`,
      String.raw`(?! (?:at|on|in|next|tomorrow|soon at))`,
    ],
    matches: ["a note through the door saying i know what you did and ill be seeing you"],
    ignores: ["lovely to meet you, i'll be seeing you at the panel meeting next month"],
  },
  {
    id: 'scene/domestic-abuse/cannot-stay-tonight',
    level: 'high',
    topic: 'domestic-abuse',
    purpose: 'cannot stay at home tonight, or sleeping in the car to get away from someone',
    pattern: [String.raw`\b(?:can'?t|cannot|cant) (?:stay|sleep|go back) (?:here|there|home) tonight|sleeping in (?:the|my) car to get away from`],
    matches: ['cant stay here tonight', 'sleeping in the car to get away from him'],
    ignores: ["can't stay long tonight, I have the kids"],
  },
  {
    id: 'scene/stalking/same-vehicle-at-work-and-home',
    level: 'high',
    topic: 'stalking',
    purpose: 'the same car or van, or person, turning up at work, home or school over days or weeks',
    pattern: [
      String.raw`\b(?:(?:same|the same) (?:[a-z]+ ){0,3}(?:car|van|bmw|corsa|audi|vehicle|bloke|man|lad)[^.]{0,80}\b(?:my work|my road|`,
      String.raw`my house|our house|outside|our school|my school|again)|parked (?:near|outside|opposite) (?:my|our) (?:work|house|school|flat)`,
      String.raw`[^.]{0,60}\b(?:every day|most days|most afternoons|for (?:weeks|\d+ weeks|a month)|every night))`,
    ],
    matches: ["there's a silver corsa that's been parked near my work most days and last night the same car was at the end of my road"],
    ignores: ['the same car has been parked on the double yellows all week, can you ticket it'],
  },
  {
    id: 'scene/coercive-control/asks-permission-and-put-down',
    level: 'high',
    topic: 'coercive-control',
    purpose: 'has to ask or report before doing ordinary things, or is put down in front of the children',
    pattern: [
      String.raw`\b(?:(?:have|has|had) to (?:text|ask|tell|message|ring|call) (?:him|her) (?:before i (?:leave|go|can go|see|spend|buy|eat|sit)|`,
      String.raw`where i'?m going|when i'?ll be back|if i can)|`,
      String.raw`makes? me ask (?:before|if|permission|to)|(?:calls|calling|called) me (?:the |a )?(?:idiot|stupid|useless|fat|pathetic)`,
      String.raw`[^.]{0,30}(?:in front of|kids|children))`,
    ],
    matches: ['have to text him before I leave the house and say where Im going', "he calls me 'the idiot' in front of the kids"],
    ignores: ['I have to ask her before I book the hall for the meeting'],
  },
  {
    id: 'scene/threat-to-kill/threat-implied-for-later',
    level: 'high',
    topic: 'threat-to-kill',
    purpose: 'a threat about later: "remember that date", "you won\'t live long enough", "I\'ll get you one day"',
    pattern: [
      String.raw`\b(?:remember that date|(?:won'?t|wont) live (?:long enough|to see)|(?:you'?ve|youve|you have|you) got this coming|`,
      String.raw`(?:i'?ll|ill|i will) be waiting (?:for you )?one of these (?:nights|days)|(?:he'?ll|hell|she'?ll|shell|they'?ll|i'?ll|ill) get `,
      String.raw`(?:me|you|us|her|him) one day|i know what car (?:you|u) drive)`,
    ],
    matches: ["he messaged me saying 'the 14th. remember that date.'", 'my ex said hell get me one day'],
    ignores: ['please remember the date of the next panel meeting'],
  },
  {
    id: 'scene/stalking/tracker-on-things',
    level: 'high',
    topic: 'stalking',
    purpose: 'a tracker put on their dog, bag, keys or car, used to watch where they go',
    pattern: [String.raw`\b(?:tracker|airtag|air tag|tile|gps) (?:on|in|under) (?:the|my|our|her) (?:dog|car|bag|keys|pram|coat|bike|phone)`],
    matches: ['he put a tracker on the dog and texts me where i walked'],
    ignores: ['can police use a gps tracker on stolen farm machinery'],
  },
  {
    id: 'scene/sexual-violence/no-consent',
    level: 'high',
    topic: 'sexual-violence',
    purpose: 'something sexual happened without their consent, told without the words',
    pattern: [
      String.raw`\b(?:i )?(?:didn'?t|didnt|did not|never) (?:say yes|consent|agree to (?:it|that|sex))|(?:said|told (?:him|`,
      String.raw`her)) no and (?:he|she) (?:carried on|didn'?t stop|kept going)`,
    ],
    matches: ['summat happened at a party, i didnt say yes'],
    ignores: ["I didn't agree to the precept going up"],
  },
  {
    id: 'scene/sexual-violence/needle-spiking',
    level: 'high',
    topic: 'sexual-violence',
    purpose: 'a sharp scratch or a needle on a night out, then blurry or drowsy',
    pattern: [String.raw`\b(?:sharp scratch|felt a (?:prick|needle|jab)|needle mark)[^.]{0,60}\b(?:blurry|spinning|dizzy|drowsy|passed out|couldn'?t walk)`],
    matches: ['felt a sharp scratch on my leg in a club and then everything went blurry'],
    ignores: ['the nurse said I would feel a sharp scratch when she took blood'],
  },
  {
    id: 'scene/suicide/putting-affairs-in-order',
    level: 'high',
    topic: 'suicide',
    purpose: 'talk of others being fine without them, or handing over passwords and pets "if anything happens"',
    pattern: [
      String.raw`\b(?:(?:you'?ll|youll|you will|they'?ll) be (?:alright|fine|ok|okay|better off) without me|`,
      String.raw`if anything happens to me|know all the (?:bank )?passwords)`,
    ],
    matches: ["he keeps saying 'you'll be alright without me' and 'make sure you know all the bank passwords'"],
    ignores: ['the team will be fine without me for a week while I am on holiday'],
  },
  {
    id: 'scene/child-at-risk/adult-with-teenage-girls',
    level: 'high',
    topic: 'child-at-risk',
    purpose: 'an adult seen again and again with different teenage girls, in a hotel or a car',
    pattern: [String.raw`\b(?:different|young|teenage) (?:teenage |young )?girls?[^.]{0,50}\b(?:school uniform|checks? in|hotel|in his car|room)`],
    matches: ['a man in his 40s keeps checking in with different teenage girls, some in school uniform'],
    ignores: ['different teenage girls from the youth club came to the fun day'],
  },
  {
    id: 'scene/stalking/order-breached-again',
    level: 'high',
    topic: 'breach-of-order',
    purpose: 'someone under an order or after a case has started contacting them again',
    pattern: [
      String.raw`\b(?:restraining order|non[ -]molestation order|bail conditions?|`,
      String.raw`stalking protection order)[^.]{0,120}\b(?:started|again|new profile|new account|breach)`,
    ],
    matches: ["he got a restraining order. He's started commenting on my Facebook posts again from a new profile"],
    ignores: ['how do I apply for a restraining order'],
  },
]);
