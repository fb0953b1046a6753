import type { RiskLevel, RiskTopic } from './risk-assessment';

/*
 * Situations people describe without the words a phrase rule looks for:
 * "there's a car that's been behind me since work", "got everything ready,
 * nobody will miss me", "she hasn't let me leave the house in weeks".
 * Each scene is a pattern over normalised text with the level it calls for.
 */
export interface Scene {
  readonly level: RiskLevel;
  readonly topic: RiskTopic;
  readonly reason: string;
  readonly pattern: RegExp;
}

const WHO = String.raw`(?:he|she|they|someone|somebody|a man|a woman|a guy|a lad|some lads|some men|my ex|him|her|them|the man|the lad|the guy)`;

export const SCENES: readonly Scene[] = [
  // Being followed, hunted or trapped now.
  { level: 'emergency', topic: 'immediate-danger', reason: 'describes being followed now', pattern: /\b(?:(?:been|is|are|'s) (?:behind|following) (?:me|us) (?:since|for|all the way)|following me (?:now|still|home)|it'?s still (?:there|behind me)|still behind me|(?:same|a) (?:car|van|man|guy|bloke) (?:keeps|has been|'s been) (?:behind|following) me)\b/ },
  { level: 'emergency', topic: 'immediate-danger', reason: 'describes being hunted or hiding from someone now', pattern: new RegExp(String.raw`\b(?:${WHO}(?:'s| is| are|'re)? (?:out )?looking for (?:me|us)|(?:found|knows where) (?:the refuge|where i am|where we are|my new address)|i'?m hiding|we'?re hiding|hiding (?:in|behind|under|from)|cwato|turned (?:all )?the lights off|can'?t talk|cant talk|don'?t ring back|dont ring back|please (?:just )?send someone|send someone (?:now|please|quick)|won'?t (?:stop|let (?:me|us|him|her) out)|doors are locked|locked (?:me|us) in)\b`) },
  { level: 'emergency', topic: 'immediate-danger', reason: 'describes someone at the door, outside or trying to get in now', pattern: new RegExp(String.raw`\b(?:${WHO}(?:'s| is| are|'re)? (?:outside|at the (?:door|window|gate)|in the street|on the doorstep|stood at|standing at|trying (?:to get in|the (?:door|handle|windows?))|banging on|kicking|shouting my name)|trying the (?:door )?handle|(?:turned|turning) up (?:with|drunk|at)|(?:mae|ma) (?:o|e|fe|fo|hi|nhw|rhywun|dyn|'r \w+) (?:yn )?(?:tu allan|wrth y drws)|cicio'?r drws|put a brick through|through (?:our|my|the) window|coming back with)\b`) },
  // Violence happening now, seen or heard.
  { level: 'emergency', topic: 'immediate-danger', reason: 'describes someone on their way or a threat for tonight', pattern: /\b(?:(?:he'?s|she'?s|they'?re|he is|she is|they are) (?:only )?(?:\d+ (?:mins?|minutes) away|nearly here|almost here|on (?:his|her|their) way)|(?:i|you|we) (?:won'?t|will not|wont) wake up)\b/ },
  { level: 'emergency', topic: 'violence', reason: 'describes violence happening now', pattern: /\b(?:(?:is|are|she'?s|he'?s|they'?re|someone|somebody|(?:a|the) (?:woman|man|child|kid|baby|girl|boy)|can hear (?:\w+ )?)\s*screaming(?! (?:with laughter|at the telly|at the tv))|being dragged|dragged into|by the throat|got (?:her|him|me) by the|throwing things at|going mental|smashing (?:the place|things|stuff)|stuff smashing|(?:waving|holding|with) (?:a |an )?(?:machete|gun|knife|blade|weapon|axe|hammer)|(?:man|lad|guy|someone|bloke|woman) with a (?:gun|knife|machete|blade)|holding (?:the|a|my|her|his) baby over|over the (?:balcony|railing)|sharpening)\b/ },
  { level: 'emergency', topic: 'child-at-risk', reason: 'describes a child in danger now', pattern: /\b(?:(?:little|small|young) (?:boy|girl|kid|child)|toddler|(?:a )?(?:boy|girl|child|kid) (?:about|aged?) \d+) (?:\w+ ){0,3}(?:walking|wandering|alone|on (?:his|her|their) own) (?:\w+ ){0,4}(?:road|dual carriageway|motorway|bypass|railway|river|canal)|(?:plant|kids|children|the kids) (?:dal |still )?(?:tu fewn|inside|in there)|trying to take the kids|take the kids off me\b/ },
  { level: 'emergency', topic: 'immediate-danger', reason: 'describes a fire now', pattern: /\b(?:ar dân|on fire|smoke (?:coming|pouring)|in flames)\b/ },
  // Taking one's own life, now.
  { level: 'emergency', topic: 'suicide', reason: 'describes taking their own life now', pattern: /\b(?:(?:drank|drunk|swallowed|taken|took) (?:some |the |a bottle of )?(?:bleach|something|anti ?freeze|weed ?killer|poison|everything)|(?:rope|noose) (?:is )?ready|got (?:the rope|everything) ready|engine running|(?:on|at) (?:the|a) (?:bridge|footbridge|cliff|edge|ledge|roof|top floor|multi ?storey)|top (?:floor|of the) (?:\w+ ){0,2}(?:multi ?storey|car park|cliff|building)|ar y bont|(?:going to|gonna) do it tonight|not coming back this time|tell my (?:kids|mum|family|children) (?:i'?m sorry|i love them)|say(?:ing)? sorry to my|won'?t stop bleeding|cut (?:too )?deep|(?:can'?t|cant) think of a reason not to|nobody will miss me|no one will miss me|taken something and goodbye|said goodbye)\b/ },
  // Needs a person soon.
  { level: 'high', topic: 'suicide', reason: 'describes thoughts of suicide or self-harm', pattern: /\b(?:dark thoughts|ways to (?:do it|end it|kill)|(?:bang|banging|hit|hitting) my head|stopped eating|(?:can'?t|cant|methu) (?:do|neud|gwneud) (?:this|hyn) (?:any ?more|dim mwy)|want to disappear|not worth living)\b/ },
  { level: 'high', topic: 'child-at-risk', reason: 'describes a child at risk', pattern: /\b(?:grown (?:man|men|woman)|older (?:man|men|lads|boys)|(?:\d\d) (?:year old|yo|y\/o) (?:man|bloke)|asked (?:her|him|me|them) for (?:pictures|photos|pics|nudes|lluniau)|gofyn am luniau|sent (?:him|them) (?:some )?(?:pictures|photos|pics)|(?:no|that no) (?:\d+ year old|child|kid|little (?:girl|boy)) should (?:know|see|have to)|comes? into (?:her|his|my|their) (?:room|bed|bedroom)(?: at night)?|(?:gets|got|climbs?) into (?:her|his|my) bed|what (?:he|she|they) did to me when i was (?:young|little|a child|a kid)|(?:owes|owe) (?:people|money to)|sent to other towns|train tickets and money|picks? her up from school|on their (?:xbox|playstation|phones?) )\b/ },
  { level: 'high', topic: 'breach-of-order', reason: 'describes a breached court order', pattern: /\b(?:(?:even though|despite|er gwaetha'?r?) (?:\w+ ){0,4}(?:court|order|injunction|bail|gorchymyn)|(?:he|she|they|my ex|him)(?:'s| has| have| is| keeps?)? (?:\w+ ){0,3}(?:breach\w*|broke(?:n)?|ignor\w*) (?:\w+ ){0,4}(?:court|order|injunction|bail)|court said no contact|(?:order|injunction|bail conditions) (?:\w+ ){0,3}(?:but|and) (?:he|she|they) (?:still|keeps?|is still|has)|(?:he'?s|she'?s|they'?re|he is|she is) on bail (?:\w+ ){0,4}(?:but|and) (?:still|keeps?))\b/ },
  { level: 'high', topic: 'coercive-control', reason: 'describes controlling behaviour', pattern: /\b(?:(?:hasn'?t|has not|won'?t|doesn'?t|never) let (?:me|her|him) (?:leave|out|go out)|locking (?:the|my|her) (?:phone|car keys|keys|money)|hiding my (?:medication|meds|tablets|phone|passport)|telling (?:the doctor|people|everyone) (?:i'?m|i am|she'?s|he'?s) (?:confused|mad|crazy)|(?:he'?ll|she'?ll|they'?ll) take the kids|nobody would believe me|walking on eggshells)\b/ },
  { level: 'high', topic: 'vulnerable-adult', reason: 'describes an older or vulnerable adult being exploited', pattern: /\b(?:(?:got|taken|has|have|has got|'s got) (?:her|his|their|ei) (?:bank )?(?:cards?|cerdyn banc|pin|pension|money)|giving (?:him|her|them) (?:hundreds|thousands)|sent (?:him|her|them) \d+ ?(?:thousand|grand|k)|being robbed by|never any food in|won money|wedi colli miloedd)\b/ },
  { level: 'high', topic: 'honour-based-abuse', reason: 'describes honour-based abuse or forced marriage', pattern: /\b(?:shaming the family|brought shame|bring(?:ing)? shame|dishonour|taught a lesson|(?:a|the) wedding\.? mine|don'?t want to (?:marry|get married)|marry (?:someone|a man|a cousin) i (?:don'?t|do not|didn'?t))\b/ },
  { level: 'high', topic: 'exploitation', reason: 'describes possible modern slavery', pattern: /\b(?:picked up in a van|(?:\d+|lots of|loads of) (?:men|people|workers) (?:live|living|sleep|sleeping) (?:in|at|on)|look(?:ed)? (?:exhausted and scared|scared and exhausted)|(?:not|never) (?:paid|allowed to leave))\b/ },
  { level: 'high', topic: 'harassment', reason: 'describes harassment or threats that will not stop', pattern: /\b(?:(?:messages|texts|calls) from new accounts|another (?:one|account) pops up|know what i was wearing|telling everyone my address|saying i'?m dead|(?:said|saying) (?:they'?ll|they will|he'?ll|he will) get (?:him|her|me|us) again|pulled a knife on|deal with me|smacked about|getting smacked|(?:the )?same (?:silver |black |white |red |blue )?(?:car|van) everywhere|fy nilyn|yn fy nilyn)\b/ },
];

/*
 * Framings in which alarming words are talked about, not disclosed: research,
 * fiction, teaching, statistics, a question about the law, a past case that
 * is over. They lower a `high` that nothing first-person and ongoing backs;
 * they never touch an emergency.
 */
export const NOT_ABOUT_ME =
  /\b(?:writing (?:a|an|my) (?:crime )?(?:novel|book|story|piece|article|essay|dissertation)|book club|novel about|drama about|(?:watched|read) (?:a|an) (?:drama|film|documentary|book|article)|for (?:our|my|a) (?:pshe|assembly|lesson|course|college|class|essay|dissertation)|year \d+|talk to (?:year|our|the) (?:\d+|pupils|students|class)|(?:genuinely|just) curious|hypothetically|ar gyfer traethawd|traethawd coleg|dwi ddim mewn perygl|how many (?:officers|calls|victims|cases|people)|do you have figures|is (?:it|[\w ]{1,40}) illegal|what'?s the difference between|law assignment|(?:it )?stopped (?:when|years ago|in \d{4})|i'?m (?:fine|safe|ok|okay|well) now|safe and well now|(?:from|in) (?:19|20)\d\d (?:was|is) handled|iopc said to contact you|for a review)\b/;
