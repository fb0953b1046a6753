import { defineCues } from '../phrase';

/*
 * Cues are not disclosures by themselves, but they turn one into an emergency: someone is there or on
 * the way ("present"), it is happening now ("now"), or someone may act on thoughts of suicide soon ("imminent").
 */
export const CUES = defineCues([
  {
    id: 'cue/present-1',
    kind: 'present',
    purpose: 'Someone is there now: here, at their door, home or street, or outside right now.',
    phrase: [
      "(?:{SUBJ}|{THREAT_SUBJ})(?:'s|'re| is| are)(?: still| now| right now| currently| just| back|",
      ' actually)? (?:(?:standing|stood|sat|sitting|parked|waiting|lurking|hanging around|loitering|hiding|banging|',
      'knocking|hammering|kicking|shouting|screaming|watching|staring|filming|circling|driving (?:up and down|round|',
      'past)|looking (?:in|through)) )?«(?:{PLACE}|here(?! (?:for|to help))|(?:there|out there|outside|out the front|',
      'out the back|downstairs|upstairs|inside) (?:right now|now|again|still)|in the (?:house|flat))»',
    ],
    matches: [
      'hes here. help',
      'he\'s here 😭😭',
    ],
    ignores: [
      'what % of knife crime offences in Lancashire involve under 18s? doing a presentation for my youth work course',
    ],
  },
  {
    id: 'cue/present-2',
    kind: 'present',
    purpose: 'Someone is there now: a person or car has pulled up or is waiting outside, behind or opposite them.',
    phrase: [
      "(?:{SUBJ}|{THREAT_SUBJ}|(?:a|the|his|her|their|same|that) (?:car|van|vehicle))(?: [a-z']+){0,5} (?:pulled up|",
      'parked up|parked|pulling up|stopped|standing|stood|waiting|sat|sitting|appeared|turned up|lurking) (?:right |',
      'just )?«(?:behind|next to|beside|outside|opposite|across from|near|in front of)» (?:me|us|my (?:car|house|flat|',
      'home|door|window)|our (?:car|house|flat|home)|the house)',
    ],
    matches: [
      'my ex has been sitting outside my house in his car most nights',
      'im sat in my car and the guy thats been stalking me has pulled up behind me',
    ],
    ignores: [
      'My bike was nicked from outside the gym',
    ],
  },
  {
    id: 'cue/present-3',
    kind: 'present',
    purpose: 'Someone is there now: still here, inside or outside, or sat, waiting or hiding nearby.',
    phrase: [
      "(?:is|are|'s|'re) (?:still |now |currently |just )?«(?:sat|sitting|parked|standing|stood|waiting|lurking|",
      "hanging around|watching|staring|hiding)»(?: [a-z']+){0,4} (?:outside|opposite|across from|at the end of|near|in|",
      'at) (?:my|our|the|me)|«hiding» (?:somewhere )?(?:in|inside|upstairs|downstairs|outside)|«still» (?:here|there|',
      'out there|out the (?:front|back)|outside|inside|in (?:the|my|our) [a-z]+|downstairs|upstairs|at (?:the|',
      'my) (?:door|window)|around|nearby|parked|waiting|watching|following|behind me|in the area|sat|sitting|standing|',
      'lurking|hanging around)',
    ],
    matches: [
      'someone has broken in and they\'re still inside',
      'I\'ve just been raped and he\'s still in the flat',
    ],
    ignores: [
      'my car was broken into overnight',
    ],
  },
  {
    id: 'cue/present-4',
    kind: 'present',
    purpose: 'Someone is on the way, or has just arrived: on their way over, coming back, just turned up.',
    phrase: [
      '«on (?:his|her|their|the|my) way» (?:over|round|around|here|back|home|to (?:me|mine|my|the house|our|get|find))|',
      '«(?:coming|heading|driving)» (?:over|round|around|here|back|home|to (?:my|mine|our|the house|get me|find me)|',
      'for (?:me|us)|after (?:me|us))|«just (?:turned up|arrived|shown up|showed up|pulled up|come round|came round|',
      'got here|walked in|come in|come back|got back|got home|let himself in|let herself in|broken in)»|(?:{SUBJ}|',
      "{THREAT_SUBJ})(?:'s|'ve| has| have) «(?:turned up|shown up|showed up|arrived|come round|appeared|got in|",
      'let (?:himself|herself|themselves) in)»(?! (?:at|to) (?:the|a|an) (?:meeting|appointment|office|court|station|',
      'interview))',
    ],
    matches: [
      'IM SCARED HES COMING BACK WITH A GUN',
      'yes he\'s just come back and he\'s got a bat',
    ],
    ignores: [
      'noise\nparty house next door, every weekend\nNot scared of them at all, just knackered. I\'ve got a newborn',
    ],
  },
  {
    id: 'cue/present-5',
    kind: 'present',
    purpose: 'Someone is there now: watching or following right now, "as I type", or they can see or hear them.',
    phrase: [
      '«(?:watching|following|filming|staring at|waiting for|outside)» (?:me|us|my (?:house|flat|home|window)|',
      'the house)(?: right now| now| as i (?:type|write|speak)| at the moment)|«as i (?:type|write|speak|',
      "message)»(?: this)?|(?:i )?«can (?:hear|see)» (?:him|her|them|he's|she's|they're|my ex|my stalker|his car|",
      'her car|their car|the car|the man|the guy|someone)',
    ],
    matches: [
      'someones outside my window rn',
      'I can see my stalker across the street from my window',
    ],
    ignores: [
      'Hurt Street, Burnley',
    ],
  },
  {
    id: 'cue/present-6',
    kind: 'present',
    purpose: 'Someone is there, or on the way, now (Welsh): here, outside, at the door, coming, or still there.',
    phrase: [
      "(?:mae |ma )?(?:o|e|hi|nhw|fo|fe) «(?:yma|tu allan|tu fas)»(?: nawr| rwan)?|{CY_SUBJ}(?:'n| yn) «(?:dod|",
      "dod yn ol|dod nol|dod 'n ol|ar ei ffordd|ar eu ffordd|tu allan|tu fas|yma|wrth y drws)»|«ar (?:ei|",
      "eu) ffordd» (?:yma|draw|'ma)|«dal» (?:yma|yno|yn y ty|tu allan)|«(?:yma|tu allan) (?:nawr|rwan)»",
    ],
    matches: [
      'mae o tu allan eto, plis helpwch',
      'Mae fy ngŵr wedi fy nharo ac mae e dal yn y tŷ',
    ],
    ignores: [
      'Cafodd fy meic ei ddwyn tu allan i\'r stesion fis diwetha, ges i rif trosedd ond dim byd ers hynny',
    ],
  },
  {
    id: 'cue/now-1',
    kind: 'now',
    purpose: 'Strictly now: turns threats and attacks into emergencies.',
    phrase: [
      '«(?:right now|as we speak|as i (?:type|write|speak)|at this (?:moment|minute|second)|tonight|in a (?:minute|min|',
      'bit|second|sec)|when (?:he|she|they) (?:gets?|comes?) (?:home|back|in)|nawr|rwan|heno)»',
    ],
    matches: [
      'k1ll mys3lf t0night',
      'im gonna kill myself 2nite',
    ],
    ignores: [
      'my neighbours\' dog barks all night',
    ],
  },
  {
    id: 'cue/imminent-1',
    kind: 'imminent',
    purpose: 'Soon: turns thoughts of suicide or self-harm into an emergency.',
    phrase: [
      '«(?:right now|as we speak|tonight|this (?:evening|afternoon|morning|weekend)|today|',
      "(?<!\\d )(?<!this )(?<!campaign )now(?! and (?:doing|i'm|i am))|in a (?:minute|min|bit|few minutes|few mins|",
      'hour)|in (?:an hour|\\d+ (?:minutes|mins|hours))|soon|after (?:this|i send)|goodbye|on (?:the|a|top of the|',
      'the edge of the) (?:bridge|motorway bridge|roof|edge|ledge|tracks|train tracks|railway|railway line|cliff|',
      "multi storey|car park roof|balcony)|(?:got|have|'ve got) (?:the )?(?:rope|pills|tablets|blade|noose) (?:ready|",
      'here)|nawr|rwan|heno|heddiw)»',
    ],
    matches: [
      'k1ll mys3lf t0night',
      'my son\'s been stabbed',
    ],
    ignores: [
      'my neighbours\' dog barks all night',
    ],
  },
]);
