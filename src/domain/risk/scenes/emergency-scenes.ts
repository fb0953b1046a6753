import { defineScenes, WHO } from './scene';

/* Danger now, described in other words: someone inside or outside, a fire, a child in danger, an overdose. */
export const EMERGENCY_SCENES = defineScenes([
  {
    id: 'scene/intruder/intruder-attack-happening-now',
    level: 'emergency',
    topic: 'intruder',
    purpose: 'describes an intruder or attack happening now',
    pattern: [
      String.raw`\b(?:(?:burglars?|intruders?|balaclava)[^.]{0,60}\b(?:now|right now)|(?:burglars?|intruders?) in (?:my|`,
      String.raw`our|the) (?:house|garden|garage|shed|flat|home|loft)|(?:in|inside) (?:my|our) (?:house|back garden|`,
      String.raw`garden|garage|shed|flat|home)[^.]{0,40}\b(?:right now|now)\b|(?:can )?smell (?:of )?gas|(?:on the floor|`,
      String.raw`on the ground|in the road) and not moving|(?:isn'?t|is not|not) breathing|unconscious|(?:pulled|bundled|`,
      String.raw`forced|dragged|grabbed|shoved) into (?:a|the) (?:\w+ )?(?:van|car|vehicle)|(?:it'?s|this is|`,
      String.raw`its) happening (?:right )?now|happening now$|(?:grabbed|snatched|taken|took) (?:our|my|the) (?:baby|`,
      String.raw`child|son|daughter|kids?)(?: \w+){0,4} (?:and )?(?:driven|drove|run|ran) off|(?:we are|`,
      String.raw`we'?re) all going (?:together|to die)|going together tonight|(?:he'?s|she'?s|they'?re|someone'?s|`,
      String.raw`a man'?s|he is|she is) (?:upstairs|downstairs|in (?:her|his|my|the) (?:house|bedroom|`,
      String.raw`room))[^.]{0,20}(?:going through|searching|taking|stealing)|(?:fy nilyn|`,
      String.raw`dilyn fi)[^.]{0,40}(?:ar hyn o bryd|nawr|r[ŵw]an))`,
    ],
    matches: [
      'mae dyn yn fy nilyn i nawr',
      'Mae dyn yn fy nilyn i adref nawr ac mae gen i ofn',
    ],
    ignores: [
      'My dog was attacked by another dog in the park',
    ],
  },
  {
    id: 'scene/immediate-danger/danger-happening-now',
    level: 'emergency',
    topic: 'immediate-danger',
    purpose: 'describes danger happening now in other words',
    pattern: [
      String.raw`\b(?:took my (?:wheelchair|walking frame|frame|stick|crutches|hearing aid|scooter)|can'?t get up (?:off|`,
      String.raw`from) the (?:floor|bed|sofa|chair)|won'?t give (?:it|me|my \w+) back (?:till|til|until|unless)|`,
      String.raw`drive (?:them|us|her|him|me|the car)(?: both| all)? (?:into|off) (?:the |a )?(?:river|sea|canal|wall|`,
      String.raw`bridge|cliff|lake|quarry)|(?:been|was|were|started|keeps?) screaming|stuff being thrown|gone (?:quiet|`,
      String.raw`silent) (?:now|suddenly)|suddenly gone quiet|(?:gun|knife|machete|blade) (?:tucked )?(?:in|into) (?:his|`,
      String.raw`her|their) (?:waistband|pocket|belt|jacket)|showing (?:a|his|her|some) (?:gun|knife|blade|machete)|`,
      String.raw`torch ?light (?:moving|in)|(?:gate|door|window|lock)(?:'s| has| have)? been (?:forced|smashed|`,
      String.raw`kicked in)|(?:dementia|alzheimer'?s)[^.]{0,100}(?:not come home|hasn'?t come (?:home|back)|gone missing|`,
      String.raw`wandered|went out)|come (?:and )?get me|see you in \d+|(?:pic|picture|photo) of my (?:front )?(?:door|`,
      String.raw`house|car)|heard a (?:slap|thud|scream)|just (?:heard|saw) (?:him|her|them|someone) (?:hit|slap|punch|`,
      String.raw`kick)|(?:being|been) followed (?:home|now|from)|speeds up when i do|for \d+ streets|(?:tonight|today|`,
      String.raw`flight (?:is )?in \d+ hours?)[^.]{0,60}marr\w*|marr\w*[^.]{0,60}(?:tonight|flight (?:is )?in)|`,
      String.raw`(?:cael (?:ei|eu) (?:guro|daro|bwrw)|gweiddi|dyrnu|cicio)[^.]{0,60}(?:nawr|r[ŵw]an|y funud ?'?(?:ma|`,
      String.raw`yma)|ar hyn o bryd)|(?:nawr|r[ŵw]an|y funud ?'?(?:ma|yma))[^.]{0,60}(?:gweiddi|dyrnu|curo|cicio|`,
      String.raw`cael ei guro))`,
    ],
    matches: [
      'Mae o yma nawr ac mae o\'n gweiddi y bydd o\'n fy lladd i',
      'Mae o yma nawr ac mae o\'n gweiddi y bydd o\'n fy lladd i',
    ],
    ignores: [
      'Mae\'r ffurflen yma yn fy lladd i',
    ],
  },
  {
    id: 'scene/stalking/waiting-watching-outside-now',
    level: 'emergency',
    topic: 'stalking',
    purpose: 'describes someone waiting or watching outside now',
    pattern: [
      String.raw`\b(?:(?:my ex|he|she|they|a man|a woman|someone|somebody)(?:'s| is| are| has been|`,
      String.raw` have been)? (?:\w+ ){0,4}(?:standing|stood|sat|sitting|parked|waiting|staring|watching|`,
      String.raw`lurking) (?:\w+ ){0,3}(?:across the road|outside|opposite|up at (?:my|our|the) window|at (?:my|our|`,
      String.raw`the) window|at the end of (?:my|our|the) (?:road|street|drive))|(?:parked|waiting|sat|`,
      String.raw`sitting) (?:up )?(?:round|around) the corner from (?:me|where i am|my|our)|(?:he'?s|she'?s|they'?ve|`,
      String.raw`he has|she has|they have) been (?:there|outside|out there|sat there|parked there) (?:for )?(?:\d+|ten|`,
      String.raw`twenty|thirty|forty|an|half an) (?:minutes|mins|hour|hours))\b`,
    ],
    matches: [
      'he\'s waiting for me outside school with a knife',
      'my ex has been sitting outside my house in his car most nights',
    ],
    ignores: [
      'knife amnesty still on in preston?',
    ],
  },
  {
    id: 'scene/immediate-danger/only-here',
    level: 'emergency',
    topic: 'immediate-danger',
    purpose: 'says only that someone is here',
    pattern: [
      String.raw`^(?:(?:oh )?(?:god|no|help|please)[ ,!]*)?(?:he'?s|she'?s|they'?re|he is|she is|they are|hes|`,
      String.raw`shes) (?:here|outside|in the house|at the door|downstairs|back here)(?: again| now| already)?[ .!]*$`,
    ],
    matches: [
      'he\'s here 😭😭',
      'help. hes here.',
    ],
    ignores: [
      'Hello, anyone there?',
    ],
  },
  {
    id: 'scene/child-at-risk/child-taken-driven-away-danger',
    level: 'emergency',
    topic: 'child-at-risk',
    purpose: 'describes a child taken or driven away in danger',
    pattern: [
      String.raw`\b(?:(?:just been|been) (?:taken|snatched|grabbed) by|drunk and driving|drink driving (?:with|`,
      String.raw`and) (?:the|my|our) (?:kids?|children|son|daughter|baby))\b`,
    ],
    matches: [
      'the baby\'s dad has just taken the baby and he\'s drunk and driving',
      'my 4 year old\'s just been taken by his dad who\'s drunk and driving, they left 5 mins ago',
    ],
    ignores: [
      'Who\'s the PCC for Cumbria?',
    ],
  },
  {
    id: 'scene/violence/welsh-beaten-screaming-now',
    level: 'emergency',
    topic: 'violence',
    purpose: 'says (in Welsh) someone is being beaten or screaming now',
    pattern: [
      String.raw`\b(?:curo|bwrw|taro) (?:\w+ ){0,3}(?:nawr|r[ŵw]an)\b|\bsgrechian\b`,
    ],
    matches: [
      'Mae fy nghymydog yn curo ei wraig nawr, dw i\'n gallu ei chlywed hi\'n sgrechian',
    ],
    ignores: [
      'I want to volunteer to support victims of sexual violence',
    ],
  },
  {
    id: 'scene/child-at-risk/child-danger-now',
    level: 'emergency',
    topic: 'child-at-risk',
    purpose: 'describes a child in danger now: left in a car, a baby gone floppy or blue, or being lured away',
    pattern: [
      String.raw`\b(?:(?:baby|child|toddler|kid|little one)s? (?:\w+ ){0,2}(?:left )?(?:alone |locked )?in (?:a|`,
      String.raw`the) (?:hot |locked )?car|baby (?:has gone|is|'s) (?:quiet|floppy|red|blue|unresponsive|not moving)|`,
      String.raw`trying to (?:get|make|take|grab|lure|pull) (?:a|the|my|this) (?:little |young |small )?(?:girl|boy|`,
      String.raw`child|kid) (?:to go|into|away)|got hold of (?:her|his) arm|`,
      String.raw`plentyn (?:bach )?(?:\w+ ){0,6}(?:ar ei ben ei hun|ar ei phen ei hun))`,
    ],
    matches: [
      'ive put the kids in the car and hes blocking the drive with a hammer in his hand',
      'theres a baby locked in a car at fleetwood market car park windows up boiling hot',
    ],
    ignores: [
      'people keep parking across my drive',
    ],
  },
  {
    id: 'scene/immediate-danger/petrol-attack-home-now',
    level: 'emergency',
    topic: 'immediate-danger',
    purpose: 'describes petrol or an attack on the home now',
    pattern: [
      String.raw`\b(?:(?:poured|pouring|put|pushed|pushing) (?:\w+ ){0,2}(?:through|in) (?:our|my|the) letterbox|`,
      String.raw`smells? (?:like|of) petrol)\b`,
    ],
    matches: [
      'someone\'s pouring petrol through my letterbox',
      'smells of petrol in my hallway and the letterbox just went',
    ],
    ignores: [
      'Is sharing a screenshot of someone\'s Facebook post a crime?',
    ],
  },
  {
    id: 'scene/threat-to-kill/threat-come-kill-finish',
    level: 'emergency',
    topic: 'threat-to-kill',
    purpose: 'describes a threat to come and kill or finish them',
    pattern: [
      String.raw`\b(?:(?:on my way|coming (?:for you|round|over))[^.]{0,15}(?:you'?re|your) dead|`,
      String.raw`you'?re dead when i get (?:there|back|home)|(?:when (?:he|she|they) (?:wakes?|gets? (?:home|back|in)|`,
      String.raw`comes? (?:home|back))|tonight)[^.]{0,30}(?:finish|end) (?:it|me|us|the job))\b`,
    ],
    matches: [
      'he said he\'s coming round tonight to finish me off',
      'He just texted me \'on my way, you\'re dead when I get there\'. He lives ten minutes away. I\'ve got the kids here. He\'s hurt me before.',
    ],
    ignores: [
      'Could you send me the minutes of the last accountability board?',
    ],
  },
  {
    id: 'scene/immediate-danger/here-asks-for-help',
    level: 'emergency',
    topic: 'immediate-danger',
    purpose: 'says someone is here and asks for help',
    pattern: [
      String.raw`\b(?:(?:he'?s|she'?s|they'?re|he is|she is|they are) (?:here|back|outside|in)\b[^.]{0,25}\b(?:help|`,
      String.raw`please|scared|hurry)|\bhelp\b[^.]{0,25}\b(?:he'?s|she'?s|they'?re) (?:here|back|outside))`,
    ],
    matches: [
      'hes here. help',
      'help. hes here.',
    ],
    ignores: [
      'help',
    ],
  },
  {
    id: 'scene/suicide/overdose-means-suicide-hand',
    level: 'emergency',
    topic: 'suicide',
    purpose: 'describes an overdose or a means of suicide to hand',
    pattern: [
      String.raw`\b(?:(?:took|taken|swallowed|had|necked) (?:about |like |around |over |nearly |`,
      String.raw`almost )?\d+ (?:paracetamol|pills|tablets|co ?codamol|sleeping (?:pills|tablets)|of (?:my|his|her|`,
      String.raw`the) (?:pills|tablets))|with a (?:rope|noose)|(?:cymryd|llyncu) (?:llond llaw o |'r |y )?(?:dabledi|`,
      String.raw`tabledi))\b`,
    ],
    matches: [
      'I\'ve taken 30 paracetamol',
      'dwi wedi cymryd y tabledi i gyd. sori',
    ],
    ignores: [
      'farmer up in bowland\nhad 12 ewes taken last year\nis there a rural crime team i can chat to about prevention',
    ],
  },
  {
    id: 'scene/immediate-danger/gas-bricks-break-happening-now',
    level: 'emergency',
    topic: 'immediate-danger',
    purpose: 'describes gas, bricks or a break-in happening now',
    pattern: [
      String.raw`\b(?:take (?:us|them|me|you) all with (?:him|her|them)|strike a match|turned (?:on )?(?:all )?the gas|`,
      String.raw`smell(?:s)? of gas|gas (?:rings|taps|cooker) (?:on|without)|throwing (?:bricks|stones|rocks|`,
      String.raw`things) at (?:my|our|the) (?:windows?|house|door|car)|(?:brick|stone|`,
      String.raw`rock) (?:has )?(?:just )?come through)\b`,
    ],
    matches: [
      'hes turned all the gas rings on and not lit them, the kitchens stinking of it and hes sat there flicking his lighter lookin at me',
      'PLEASE...there are youths...throwing bricks at my windows...NOW...one has just come through the front room...I am 79 and on my own....',
    ],
    ignores: [
      'email please',
    ],
  },
  {
    id: 'scene/violence/attacked-taken-now',
    level: 'emergency',
    topic: 'violence',
    purpose: 'describes someone being attacked or taken now',
    pattern: [
      String.raw`\b(?:being thrown (?:against|into|down|around)|thrown against the wall|drag(?:ged|ging)? (?:a|the|my|`,
      String.raw`some) (?:\w+ ){0,2}(?:girl|boy|woman|man|child|kid|lad|lass) into|shut (?:her|him|me|us|them) in|`,
      String.raw`locked (?:her|him|them) in|climbing (?:on|over) the (?:railing|balcony|window ?sill|edge)|(?:keeps?|`,
      String.raw`kept) (?:moving|changing|swapping) seats? to (?:sit|be|stand) (?:next to|near|by) me)\b`,
    ],
    matches: [
      'my daughter texted me that her boyfriend has locked her in the flat and is hitting her',
      'The man next door is dragging a woman into his flat by her hair, she\'s screaming for help',
    ],
    ignores: [
      'it was a woman officer',
    ],
  },
  {
    id: 'scene/intruder/inside-with-now',
    level: 'emergency',
    topic: 'intruder',
    purpose: 'says someone is inside with them now',
    pattern: [
      String.raw`\b(?:(?:he'?s|she'?s|they'?re|he is|she is|they are|someone'?s|somebody'?s|someone is|`,
      String.raw`there'?s (?:someone|somebody|a man|a stranger)) (?:in|inside) (?:the|my|our) (?:house|flat|home|room|`,
      String.raw`garden|bedroom|kitchen|hall|loft)|(?:he'?ll|she'?ll|they'?ll|going to|gonna|will) (?:finish|end|`,
      String.raw`do) (?:me|us|her|him)(?! a favour)(?: off| in)?)\b`,
    ],
    matches: [
      'HE\'S IN THE HOUSE',
      'SOMEONE IS IN MY HOUSE',
    ],
    ignores: [
      'Someone keyed my car in the Tesco car park',
    ],
  },
  {
    id: 'scene/immediate-danger/welsh-outside-inside-now-cries',
    level: 'emergency',
    topic: 'immediate-danger',
    purpose: 'says (in Welsh) someone is outside or inside now, or cries for help',
    pattern: [
      String.raw`(?:\b(?:mae|ma) (?:e|o|fe|fo|hi|nhw|rhywun|dyn) (?:yn )?(?:tu (?:fas|allan)|wrth y drws|yn y t[ŷy]|`,
      String.raw`tu fewn)|\bplis helpwch|\bhelpwch fi|\bcyllell\b[^.]*\b(?:nawr|r[ŵw]an)\b|\bbygwth\b[^.]*\b(?:nawr|`,
      String.raw`r[ŵw]an)\b|\bllyncu'?r? (?:tabledi|pils|tablets)|\bcymryd (?:y |'r )?(?:tabledi|pils) i gyd)`,
    ],
    matches: [
      'helpwch fi',
      'HELP! Mae rhywun yn y tŷ',
    ],
    ignores: [
      'Mae rhywun wedi tipio sbwriel yn anghyfreithlon ar y lôn ger ein fferm eto. Dyma\'r trydydd tro eleni. Pwy ' +
        'sy\'n gyfrifol am hyn, yr heddlu neu\'r cyngor?',
    ],
  },
  {
    id: 'scene/immediate-danger/followed-now',
    level: 'emergency',
    topic: 'immediate-danger',
    purpose: 'describes being followed now',
    pattern: [
      String.raw`\b(?:(?:walking|following|right|stood|standing) (?:right )?behind me|(?:been|is|are|'s) (?:behind|`,
      String.raw`following) (?:me|us) (?:since|for|all the way)|following me (?:now|still|home)|(?:car|van|he|she|`,
      String.raw`they)(?:'s| is|'re| are) still (?:there|behind (?:me|us))|still behind me|(?:same|a) (?:car|van|man|guy|`,
      String.raw`bloke) (?:keeps|has been|'s been) (?:behind|following) me)\b`,
    ],
    matches: [
      'my ex b f keeps following me home',
      'I think someone is following me home, I\'m walking fast, what do I do',
    ],
    ignores: [
      'Someone keyed my car in the Tesco car park',
    ],
  },
  {
    id: 'scene/immediate-danger/hunted-hiding-from-now',
    level: 'emergency',
    topic: 'immediate-danger',
    purpose: 'describes being hunted or hiding from someone now',
    pattern: [
      String.raw`\b(?:${WHO}(?:'s| is| are|'re)? (?:out )?looking for (?:me|us)|(?:found|knows where) (?:the refuge|`,
      String.raw`where i am|where we are|my new address)|i'?m hiding|im hiding|i am hiding|we'?re hiding|we are hiding|`,
      String.raw`hiding from (?:him|her|them|my \w+)|(?:i'?m|i am|we'?re|we are|im) (?:\w+ )?hiding (?:in|behind|under)|`,
      String.raw`cwato|turned (?:all )?the lights off|can'?t talk|cant talk|can'?t ring|cant ring|can'?t call|`,
      String.raw`got my phone so|don'?t ring back|dont ring back|please (?:just )?send someone|send someone (?:now|`,
      String.raw`please|quick)|won'?t (?:stop|let (?:me|us|him|her) out)|doors are locked|locked (?:me|us) in)\b`,
    ],
    matches: [
      'cant talk. he\'s here',
      'I\'m in danger, please send someone',
    ],
    ignores: [
      'email please',
    ],
  },
  {
    id: 'scene/immediate-danger/door-outside-trying-get-now',
    level: 'emergency',
    topic: 'immediate-danger',
    purpose: 'describes someone at the door, outside or trying to get in now',
    pattern: [
      String.raw`\b(?:${WHO}(?: \w+){0,9}?(?:'s| is| are|'re) (?:outside|downstairs|in the (?:hall|garden|kitchen)|at (?:the|`,
      String.raw`my|our) (?:front |back |kitchen |bedroom |living room )?(?:door|window|gate))|(?:got|has|holding|`,
      String.raw`carrying) something in (?:his|her|their) hands?|${WHO}(?:'s| is| are|'re)? (?:outside|at the (?:door|window|`,
      String.raw`gate)|in the street|on the doorstep|stood at|standing at|trying (?:to get in|the (?:door|handle|`,
      String.raw`windows?))|banging on|kicking|shouting my name)|trying the (?:door )?handle|(?:turned|`,
      String.raw`turning) up (?:with|drunk|at)|(?:mae|ma) (?:o|e|fe|fo|hi|nhw|rhywun|dyn|'r \w+) (?:yn )?(?:tu allan|`,
      String.raw`wrth y drws)|cicio'?r drws|put a brick through|through (?:our|my|the) window|coming back with)\b`,
    ],
    matches: [
      'hes outside again',
      'he\'s kicking the door in',
    ],
    ignores: [
      'can u say that again',
    ],
  },
  {
    id: 'scene/immediate-danger/way-threat-for-tonight',
    level: 'emergency',
    topic: 'immediate-danger',
    purpose: 'describes someone on their way or a threat for tonight',
    pattern: [
      String.raw`\b(?:(?:he'?s|she'?s|they'?re|he is|she is|they are) (?:only )?(?:\d+ (?:mins?|minutes) away|`,
      String.raw`nearly here|almost here|on (?:his|her|their) way)|(?:i|you|we) (?:won'?t|will not|wont) wake up)\b`,
    ],
    matches: [
      'location sharing says he\'s 2 minutes away and he said when he gets here I\'m dead',
      'my ex just texted saying hes 5 mins away and hes going to finish what he started',
    ],
    ignores: [
      'Is the Chief Constable going to resign?',
    ],
  },
  {
    id: 'scene/violence/violence-happening-now',
    level: 'emergency',
    topic: 'violence',
    purpose: 'describes violence happening now',
    pattern: [
      String.raw`\b(?:(?:is|are|she'?s|he'?s|they'?re|someone|somebody|(?:a|the) (?:woman|man|child|kid|baby|girl|boy)|`,
      String.raw`can hear (?:\w+ )?)\s*screaming(?! (?:with laughter|at the telly|at the tv))|being dragged|dragged into|`,
      String.raw`by the throat|got (?:her|him|me) by the|throwing things at|going mental|smashing (?:the place|things|`,
      String.raw`stuff)|stuff smashing|(?:waving|holding|with) (?:a |an )?(?:machete|gun|knife|blade|weapon|axe|hammer)|`,
      String.raw`(?:man|lad|guy|someone|bloke|woman) with a (?:gun|knife|machete|blade)|holding (?:the|a|my|her|`,
      String.raw`his) baby over|over the (?:balcony|railing)|sharpening)\b`,
    ],
    matches: [
      'IM SCARED HES COMING BACK WITH A GUN',
      'there\'s a man with a gun at the bus station',
    ],
    ignores: [
      'there\'s graffiti all over the bus shelter on my road',
    ],
  },
  {
    id: 'scene/child-at-risk/child-danger-now-2',
    level: 'emergency',
    topic: 'child-at-risk',
    purpose: 'describes a child in danger now: a small child alone by a road or water, kids still inside, kids being taken',
    pattern: [
      String.raw`\b(?:(?:little|small|young) (?:boy|girl|kid|child)|toddler|(?:a )?(?:boy|girl|child|kid) (?:about|`,
      String.raw`aged?) \d+) (?:\w+ ){0,3}(?:walking|wandering|alone|on (?:his|her|their) own) (?:\w+ ){0,4}(?:road|`,
      String.raw`dual carriageway|motorway|bypass|railway|river|canal)|(?:plant|kids|children|the kids) (?:dal |`,
      String.raw`still )?(?:tu fewn|inside|in there)|trying to take the kids|take the kids off me\b`,
    ],
    matches: [
      'ma\'r tŷ drws nesa ar dân a ma plant dal tu fewn',
      'there\'s a little boy about 4 walking along the dual carriageway on his own',
    ],
    ignores: [
      'about 2 weeks ago',
    ],
  },
  {
    id: 'scene/immediate-danger/fire-now',
    level: 'emergency',
    topic: 'immediate-danger',
    purpose: 'describes a fire now',
    pattern: [
      String.raw`\b(?:ar dân|on fire|smoke (?:coming|pouring)|in flames)\b`,
    ],
    matches: [
      'SOMETHING ON FIRE JUST CAME THRU THE LETTERBOX',
      'house over the road is on fire and there are people still inside',
    ],
    ignores: [
      'Hello, anyone there?',
    ],
  },
  {
    id: 'scene/suicide/taking-life-now',
    level: 'emergency',
    topic: 'suicide',
    purpose: 'describes taking their own life now',
    pattern: [
      String.raw`\b(?:(?:drank|drunk|swallowed|taken|took) (?:some |the |a bottle of )?(?:bleach|something|anti ?freeze|`,
      String.raw`weed ?killer|poison|everything)|(?:rope|noose) (?:is )?ready|got (?:the rope|everything) ready|`,
      String.raw`engine running|(?:on|at) (?:the|a) (?:bridge|footbridge|cliff|edge|ledge|roof|top floor|multi ?storey)|`,
      String.raw`top (?:floor|of the) (?:\w+ ){0,2}(?:multi ?storey|car park|cliff|building)|ar y bont|(?:going to|`,
      String.raw`gonna) do it tonight|not coming back this time|tell my (?:kids|mum|family|children) (?:i'?m sorry|`,
      String.raw`i love them)|say(?:ing)? sorry to my|won'?t stop bleeding|cut (?:too )?deep|(?:can'?t|`,
      String.raw`cant) think of a reason not to|nobody will miss me|no one will miss me|taken something and goodbye|`,
      String.raw`said goodbye)\b`,
    ],
    matches: [
      'i just drank bleach',
      'I\'m on the roof of my flats. I\'m done.',
    ],
    ignores: [
      'the screaming from the flats opposite every Saturday is karaoke night at the social club, it goes on till 1am, who enforces noise?',
    ],
  },
  {
    id: 'scene/suicide/method-ready-now',
    level: 'emergency',
    topic: 'suicide',
    purpose: 'a method made ready, a last act or a goodbye: about to end their life, told in other words',
    pattern: [
      String.raw`\b(?:(?:rope|noose|loop|belt|cable|ligature)(?:'s| is| has been)? (?:tied|sorted|ready|up|set up|hung)|`,
      String.raw`(?:tied|hung|fixed) (?:a |the |my )?(?:rope|noose|loop|belt) (?:to|on|round|from|over)|`,
      String.raw`(?:be|i'?ll be|ill be|i will be) (?:gone|dead|at peace) (?:by|before) (?:the )?(?:morning|tomorrow|tonight|`,
      String.raw`midnight|the weekend)|(?:my|one|the) last (?:fag|cig|ciggie|drink|smoke|night)\b(?! (?:of the|on|at|before|was|out))|`,
      String.raw`(?:goin|going|gonna|about) (?:2|to) do it (?:now|tonight|rn)|(?:pills|tablets|meds)(?: are)? (?:lined up|`,
      String.raw`counted out|in front of me|all out)|(?:stood|standing|sat|sitting) (?:on|at) the (?:edge|ledge|railing|`,
      String.raw`wrong side)|sorry (?:mam|mum|mom|dad|nan|everyone)[^.]{0,30}(?:love (?:him|her|you|them)|look after))`,
    ],
    matches: [
      'the rope is tied to the loft hatch. i just wanted someone to know',
      "ill be gone by the morning so it doesnt matter",
      'going to do it now. sorry mum, tell our kid i love him',
    ],
    ignores: ['the rope swing at the park is broken again', 'my last message to you was about my complaint'],
  },
  {
    id: 'scene/violence/vehicle-used-against-people',
    level: 'emergency',
    topic: 'violence',
    purpose: 'a car or bike driven at people',
    pattern: [
      String.raw`\b(?:(?:drove|driving|drives|driven|ploughed|ploughing|aimed|aiming|swerved|swerving|accelerated) (?:\w+ ){0,3}`,
      String.raw`(?:at|into|for|through) (?:a |the )?(?:group of |crowd of |load of )?(?:people|kids|children|families|`,
      String.raw`pedestrians|crowd|cyclists|us|them)\b|(?:van|car|bike|truck|lorry|motorbike|quad|scooter|driver)\b[^.]{0,60}`,
      String.raw`\b(?:went|going|came|coming|heading|keeps going) (?:straight )?(?:for|at|into|through) (?:a |the )?(?:group of |`,
      String.raw`crowd of )?(?:people|kids|children|families|pedestrians|crowd|cyclists|us)\b|mounted the (?:kerb|curb|pavement) `,
      String.raw`(?:at|into|towards|and (?:hit|went for))|(?:onto|on to|up) the pavement at)`,
    ],
    matches: ['a van just mounted the kerb outside the chippy and went straight for the people queueing'],
    ignores: ['people keep parking on the pavement outside the school', 'we drove into town for the parade'],
  },
  {
    id: 'scene/weapon/weapon-at-people-in-public',
    level: 'emergency',
    topic: 'weapon',
    purpose: 'someone with a weapon near people in a public place',
    pattern: [
      String.raw`\b(?:with|waving|swinging|holding|carrying|brandishing|got) (?:a |an |some )?(?:crossbow|machete|chain|axe|`,
      String.raw`hammer|(?:baseball )?bat|samurai sword|sword|cleaver|knife|blade|gun|shotgun|zombie knife|bottle)`,
      String.raw`(?: [a-z']+){0,6} (?:at|near|outside|by|around|towards|in front of) (?:people|families|kids|children|`,
      String.raw`the (?:primary|school|park|pub|shops?|prom|station|bus stop|playground)|a group|us|everyone)`,
    ],
    matches: ['a man swinging a chain at people outside the pub on Friargate', 'bloke with a crossbow walking up and down outside the primary'],
    ignores: ['is it legal to carry a knife near a school', 'we saw a man with a dog outside the primary'],
  },
  {
    id: 'scene/immediate-danger/no-pulse-not-moving',
    level: 'emergency',
    topic: 'immediate-danger',
    purpose: 'someone collapsed, without a pulse or not moving',
    pattern: [
      String.raw`\b(?:(?:can'?t|cannot|cant) find (?:a|his|her) pulse|no pulse|(?:one'?s|he'?s|she'?s|someone'?s|`,
      String.raw`a kid'?s|a lad'?s) down and not moving|collapsed (?:and|&) (?:not|isn'?t|is not) (?:breathing|moving|`,
      String.raw`responding)|(?:he|she|they|nan|dad|mum|baby|son|daughter|friend|mate)(?:'s| is|s)? (?:not|isn'?t) responding)`,
    ],
    matches: ["my dad has collapsed in the kitchen and i can't find a pulse"],
    ignores: ['my phone is not responding to the app'],
  },
  {
    id: 'scene/immediate-danger/forced-into-vehicle',
    level: 'emergency',
    topic: 'immediate-danger',
    purpose: 'someone bundled into the boot of a car or a van',
    pattern: [
      String.raw`\b(?:bundle|bundled|bundling|threw|thrown|throwing|forced|dragged|pushed|shoved) (?:a |the |this |some )?`,
      String.raw`(?:young |little |teenage )?(?:girl|lad|boy|man|woman|kid|child|person|teenager|bloke|fella|guy|her|him|them|`,
      String.raw`someone|somebody) into (?:the |a )?(?:boot|back of (?:a|the) (?:van|car))`,
    ],
    matches: ['two men just bundled a girl into the boot of a silver car'],
    ignores: ['I threw my bags into the boot and drove off'],
  },
  {
    id: 'scene/immediate-danger/cannot-speak-freely',
    level: 'emergency',
    topic: 'immediate-danger',
    purpose: 'someone is with them and they cannot speak freely',
    pattern: [
      String.raw`\b(?:(?:he'?s|she'?s|they'?re|hes|shes|theyre|he is|she is) (?:watching|behind me|listening|next to me|`,
      String.raw`stood over me|standing over me|reading over)[^.]{0,40}(?:can'?t|cant|cannot) (?:say|talk|speak|type)|`,
      String.raw`(?:answer|reply) (?:me )?(?:only )?(?:with )?yes or no|standing over me|stood over me|`,
      String.raw`(?:hes|he'?s|she'?s|shes) (?:behind me|watching)[^.]{0,20}send)`,
    ],
    matches: ['ordering a pizza to 3 Mill Lane. he is watching me, cant say more', 'only answer yes or no. is someone coming'],
    ignores: ['my son is watching the football, I can say more later'],
  },
  {
    id: 'scene/immediate-danger/fire-spreading',
    level: 'emergency',
    topic: 'immediate-danger',
    purpose: 'a fire set and spreading towards a home',
    pattern: [
      String.raw`\b(?:(?:set light to|set fire to|torched|on fire|alight|burning)(?: [a-z']+){0,6} (?:catching|spreading|`,
      String.raw`reaching|getting to|moving to)(?: to)? (?:the )?(?:fence|house|door|roof|next door|flats|garage)|the house is next)`,
    ],
    matches: ["they've set light to the bins and it's catching the fence"],
    ignores: ['the council set fire to the old bonfire site in a controlled burn'],
  },
  {
    id: 'scene/threat-to-kill/plan-and-time',
    level: 'emergency',
    topic: 'threat-to-kill',
    purpose: 'a plan with a time and the means: an attack about to happen',
    pattern: [
      String.raw`\b(?:(?:midnight|tonight|at \d+|\d+ ?(?:am|pm|o'?clock))[^.]{0,30}(?:bring|bringing|with) (?:the )?`,
      String.raw`(?:tools|blades|knives|bats|lads|boys|petrol|guns?|shooter)|(?:coming|come|be|turning up) (?:round|over) `,
      String.raw`(?:tonight|at \d+)[^.]{0,30}(?:with|bringing) (?:his|their|the) (?:mates|lads|boys|brothers|cousins))`,
    ],
    matches: ["they've posted my address with 'midnight, bring the tools'", 'he says he is coming round tonight with his mates'],
    ignores: ['the meeting is at 7 bring the minutes'],
  },
]);
