import { defineRules, E, H } from '../phrase';

/* Disclosures in Welsh, with the mutations a word takes. Phrase rules: see phrase.ts for their language and clauses.ts for how a message is read. */
export const WELSH_RULES = defineRules([
  {
    id: 'cy/intruder/breaking',
    level: E,
    topics: ['intruder', 'immediate-danger'],
    purpose: 'says someone is breaking in, or trying to get in (Welsh)',
    phrase: [
      "(?:yn|'n|wrthi'n|wrthi yn|ceisio|trio|trial|treio) «(?:torri|dorri|thorri) (?:i )?mewn»|",
      "«torri (?:i )?mewn»(?: [a-z']+){0,4} (?:nawr|rwan|rwan hyn|ar hyn o bryd)|(?:ceisio|trio|trial|treio) «(?:dod|",
      'ddod|cael|gael) (?:i )?mewn»',
    ],
    matches: [
      'Mae rhywun yn trio torri mewn i\'r fflat',
      'Help! Mae rhywun yn torri i mewn i\'r tŷ nawr',
    ],
    ignores: [
      'Mae rhywun wedi tipio sbwriel yn anghyfreithlon ar y lôn ger ein fferm eto. Dyma\'r trydydd tro eleni. Pwy ' +
        'sy\'n gyfrifol am hyn, yr heddlu neu\'r cyngor?',
    ],
  },
  {
    id: 'cy/intruder/home-now',
    level: E,
    topics: ['intruder', 'immediate-danger'],
    purpose: 'says someone is in or right outside their home, or they can hear someone or footsteps (Welsh)',
    phrase: [
      '«(?:rhywun|rhywrai|dyn|dynion|pobl|lleidr|lladron|person|dieithryn|dieithriaid)»(?: dieithr)? (?:yn cuddio |',
      "yn sefyll |yn aros )?(?:yn|'n|tu allan|tu fas|y tu allan|wrth) (?:i'r |i'm |y |yr |fy |ein |yn y |yn fy |",
      "'r )?(?:ty|nhy|dy|thy|fflat|ngardd|gardd|ardd|drws|nrws|ffenest|ffenestr|lofft|llofft|gegin|cegin|lolfa|stafell|",
      'ystafell|garej)|«(?:clywed|glywed|clywaf)» (?:rhywun|rhywrai|pobl|dyn|dynion|traed|lleisiau|swn rhywun)',
    ],
    matches: [
      'HELP! Mae rhywun yn y tŷ',
      'Mae dyn tu allan i\'r tŷ gyda chyllell',
    ],
    ignores: [
      'Cafodd fy meic ei ddwyn tu allan i\'r stesion fis diwetha, ges i rif trosedd ond dim byd ers hynny',
    ],
  },
  {
    id: 'cy/violence/attack-happening-now',
    level: E,
    topics: ['violence', 'immediate-danger'],
    purpose: 'describes an attack happening now or just now: being hit, stabbed, shot or set upon (Welsh)',
    phrase: [
      "{CY_SUBJ}(?:'n| yn) {CY_ME} «{CY_HIT}»|(?:yn|'n) «ymosod» (?:arna|arnaf|arnon|arnom|arni|arno|arnyn|ar fy|ar ei|",
      'ar y)|«newydd» {CY_ME} {CY_HIT}|wedi {CY_ME} «(?:nhrywanu|drywanu|thrywanu|saethu)»|(?:ddim yn|',
      'byth yn) «stopio» {CY_HIT}',
    ],
    matches: [
      'Mae o wedi fy nhrywanu i',
      'mae fy ngŵr yn ymosod arna i',
    ],
    ignores: [
      'My dog was attacked by another dog in the park',
    ],
  },
  {
    id: 'cy/weapon/weapon',
    level: E,
    topics: ['weapon', 'immediate-danger'],
    purpose: 'mentions a weapon: someone has, holds, waves or carries a knife, gun or other weapon (Welsh)',
    phrase: [
      '(?:ganddo|ganddi|ganddyn|ganddynt|gyda|gydag|efo|hefo|gafael mewn|dal|chwifio|cario|gan)(?: nhw| o| hi| e| fe|',
      " fo)? (?:[a-z']+ ){0,2}«(?<m>{CY_KNIFE})»",
    ],
    matches: [
      'Mae ganddyn nhw wn',
      'Mae dyn tu allan i\'r tŷ gyda chyllell',
    ],
    ignores: [
      'Cafodd fy meic ei ddwyn tu allan i\'r stesion fis diwetha, ges i rif trosedd ond dim byd ers hynny',
    ],
  },
  {
    id: 'cy/immediate-danger/danger-now',
    level: E,
    topics: ['immediate-danger'],
    purpose: 'says someone is in danger or not safe, or fears for their life (Welsh)',
    phrase: [
      "«mewn perygl»|«ofn am fy» (?:mywyd|bywyd)|(?:dw i|dwi|rydw i|rwy|rwyf|dw i'n|dwi'n) «ddim yn ddiogel»|",
      '«ddim yn saff»',
    ],
    matches: [
      'dw i mewn perygl, plis helpwch',
      'Mae\'r plant mewn perygl, mae e wedi meddwi ac mae e\'n eu taro nhw',
    ],
    ignores: [
      'Mae\'r ffurflen yma yn fy lladd i',
    ],
  },
  {
    id: 'cy/suicide/will-act-suicide-now',
    level: E,
    topics: ['suicide', 'immediate-danger'],
    purpose: 'says they are going to kill themselves, take their tablets or jump (Welsh)',
    phrase: [
      "(?:mynd i|am|ar fin|yn mynd i|'n mynd i) «(?:ladd|lladd) (?:fy|ei) hun»|(?:mynd i|am|ar fin) «(?:gymryd|",
      'cymryd)» (?:fy |y |yr )?(?:holl )?(?:dabledi|tabledi|pils|bils)|(?:mynd i|am|ar fin) «(?:neidio|neud amdana i|',
      'wneud amdana i|gwneud amdana i)»',
    ],
    matches: [
      'Dw i\'n meddwl am ladd fy hun',
      'Dw i\'n mynd i ladd fy hun heno',
    ],
    ignores: [
      'my mum will kill me if I\'m late home again',
    ],
  },
  {
    id: 'cy/suicide/taken-overdose',
    level: E,
    topics: ['suicide', 'self-harm', 'immediate-danger'],
    purpose: 'says they have taken an overdose or swallowed a lot of tablets (Welsh)',
    phrase: [
      '(?:wedi |newydd )?(?:cymryd|gymryd|llyncu|lyncu) (?:fy |yr |y |llwyth o |lot o |gormod o |pob |yr holl |',
      'fy holl |holl )?(?:holl )?«(?:dabledi|tabledi|pils|bils|moddion|foddion|paracetamol|cyffuriau|gyffuriau)»|',
      '«gorddos»',
    ],
    matches: [
      'Dw i wedi llyncu llwyth o dabledi',
      'Rydw i wedi cymryd fy holl dabledi',
    ],
    ignores: [
      'Is suicide prevention part of the police and crime plan?',
    ],
  },
  {
    id: 'cy/stalking/followed-now',
    level: E,
    topics: ['stalking', 'immediate-danger'],
    purpose: 'says they are being followed now (Welsh)',
    phrase: [
      "{CY_SUBJ}(?:'n| yn) (?:fy|ein) «(?:nilyn|dilyn|ddilyn)»(?! (?:ers|bob|drwy'r amser|ar (?:facebook|instagram|",
      'lein)))',
    ],
    matches: [
      'mae dyn yn fy nilyn i nawr',
      'Mae dyn yn fy nilyn i adref nawr ac mae gen i ofn',
    ],
    ignores: [
      'I want to comment on the stalking strategy',
    ],
  },
  {
    id: 'cy/child-at-risk/child-missing-danger-now',
    level: E,
    topics: ['child-at-risk', 'immediate-danger'],
    purpose: 'says a child is missing, has disappeared or is in danger now (Welsh)',
    phrase: [
      '(?:plentyn|mhlentyn|phlentyn|plant|mhlant|babi|mabi|mab|fab|merch|ferch)(?: i|',
      " ni)? (?:[a-z']+ ){0,2}«(?:mewn perygl|ar goll|wedi diflannu)»",
    ],
    matches: [
      'Mae\'r plant mewn perygl, mae e wedi meddwi ac mae e\'n eu taro nhw',
    ],
    ignores: [
      'Mae\'r ffurflen yma yn fy lladd i',
    ],
  },
  {
    id: 'cy/immediate-danger/hiding-from',
    level: E,
    topics: ['immediate-danger'],
    purpose: 'says they are hiding from someone (Welsh)',
    phrase: '«(?:cuddio|yn cuddio)» (?:rhagddo|rhagddi|rhagddyn|oddi wrtho|oddi wrthi|yn y|yn yr|yn fy)',
    matches: [
      'Mae rhywun yn torri mewn i\'r tŷ, dwi\'n cuddio yn y llofft efo\'r plant',
      'Mae dyn tu allan i\'r tŷ gyda chyllell ac mae o\'n trio torri\'r drws i lawr. Dw i a\'r plant yn cuddio yn y llofft.',
    ],
    ignores: [
      'Diolch o galon i\'r PCSO ar ein stad ni, mae hi\'n wych efo\'r plant',
    ],
  },
  {
    id: 'cy/domestic-abuse/domestic-abuse',
    level: H,
    topics: ['domestic-abuse'],
    purpose: 'discloses domestic abuse: suffering, living with or escaping abuse, or being abused (Welsh)',
    phrase: [
      "«(?:dioddef|ddioddef|profi|byw gyda|byw efo|dianc rhag|ffoi rhag)»(?: [a-z']+){0,2} (?:cam drin|gam drin|",
      "camdrin|trais)|(?:yn|wedi|'n) (?:fy|ein|ei) «(?:ngham drin|nghamdrin|cham drin|gam drin|camdrin|cam drin)»",
    ],
    matches: [
      'Dw i\'n dioddef cam-drin domestig',
    ],
    ignores: [
      'Diolch am ariannu gwasanaethau cam-drin domestig',
    ],
  },
  {
    id: 'cy/domestic-abuse/domestic-abuse-2',
    level: H,
    topics: ['domestic-abuse'],
    purpose: 'uses the Welsh words for domestic abuse or domestic violence',
    phrase: '«(?:cam drin|camdrin|gam drin) (?:domestig|yn y cartref)»|«trais domestig»',
    framable: true,
    matches: [
      'cam-drin domestig',
      'Dw i\'n dioddef cam-drin domestig',
    ],
    ignores: [
      'Diolch am ariannu gwasanaethau cam-drin domestig',
    ],
  },
  {
    id: 'cy/domestic-abuse/abuse-by-partner-family-member',
    level: H,
    topics: ['domestic-abuse'],
    purpose: 'describes someone hitting, kicking, stabbing or hurting them (Welsh)',
    phrase: "{CY_ME} «{CY_HIT}»|«(?:taro|curo|brifo|cicio) (?:fi|fi'n|mi)»(?![a-z])",
    matches: [
      'Mae o wedi fy nhrywanu i',
      'Helpwch fi, mae o\'n fy nharo i',
    ],
    ignores: [
      'Diolch am ariannu gwasanaethau cam-drin domestig',
    ],
  },
  {
    id: 'cy/domestic-abuse/afraid-partner-family-member',
    level: H,
    topics: ['domestic-abuse'],
    purpose: 'is afraid of a partner or family member, of what they will do, or to go home (Welsh)',
    phrase: [
      '«ofn» (?:fy |ar fy |o fy )?{CY_PARTNER}|«ofn beth» (?:wnaiff|wneith|neith|fydd|wnaeth)|«ofn mynd» (?:adref|adra|',
      "nol|'n ol)|«ofn» (?:fo|fe|o|e|hi|nhw)(?![a-z])|(?:mae )?«arna i ofn» (?:o|e|fo|fe|hi|nhw|fy|ei)",
    ],
    matches: [
      'Mae arna i ofn fy ngŵr',
    ],
    ignores: [
      'Diolch am ariannu gwasanaethau cam-drin domestig',
    ],
  },
  {
    id: 'cy/coercive-control/controlling-behaviour',
    level: H,
    topics: ['coercive-control', 'domestic-abuse'],
    purpose: 'describes controlling behaviour: controlling them, checking their phone, taking money or keys (Welsh)',
    phrase: [
      "(?:yn|'n) (?:fy|ein) «rheoli»|«rheoli» (?:fy|popeth|pob)|(?:gwirio|edrych ar|edrych drwy|mynd drwy|",
      'darllen) fy «(?:ffon|negeseuon|nhecsts)»|«ddim yn gadael i mi»|«ddim yn cael» (?:gweld|mynd|gadael|siarad)|',
      '(?:cymryd|cadw) fy «(?:arian|nghyflog|ngherdyn|mhasbort|ffon|allweddi)»',
    ],
    matches: [
      'Mae fy ngŵr yn rheoli fy arian a fy ffôn',
      'Mae fy nghariad yn darllen fy negeseuon i gyd a dydy o ddim yn gadael i mi weld fy ffrindiau',
    ],
    ignores: [
      'I\'m writing a dissertation on coercive control laws',
    ],
  },
  {
    id: 'cy/stalking/stalked',
    level: H,
    topics: ['stalking'],
    purpose: 'says they are being stalked, or followed home or everywhere (Welsh)',
    phrase: [
      "(?:yn|'n|wedi|cael) (?:fy|ein|ei) «stelc»[a-z]*|(?:fy|ein|ei) «(?:nilyn|dilyn|ddilyn)» (?:adref|adra|i'r gwaith|",
      "o'r gwaith|bob|ym mhobman|i bobman|ers)|«stelciwr»",
    ],
    matches: [
      'Mae rhywun yn fy stelcian ar-lein',
      'Mae fy nghyn-gariad yn fy stelcian ers misoedd',
    ],
    ignores: [
      'Beth yw polisi\'r comisiynydd ar stelcian?',
    ],
  },
  {
    id: 'cy/stalking/stalking',
    level: H,
    topics: ['stalking'],
    purpose: 'uses the Welsh word for stalking (stelcian)',
    phrase: '«stelc»[a-z]*',
    framable: true,
    matches: [
      'Mae rhywun yn fy stelcian ar-lein',
      'Mae fy nghyn-gariad yn fy stelcian ers misoedd',
    ],
    ignores: [
      'Beth yw polisi\'r comisiynydd ar stelcian?',
    ],
  },
  {
    id: 'cy/harassment/harassment',
    level: H,
    topics: ['harassment'],
    purpose: "describes harassment: harassed, threatening messages or calls, contact that won't stop (Welsh)",
    phrase: [
      '«aflonyddu» (?:arna|arnaf|arnon|arni|arno|arnom)|«negeseuon» (?:bygythiol|cas|di ri)|«galwadau» (?:bygythiol|',
      'cas|di ri)|«(?:dal i|yn dal i|byth yn stopio|ddim yn stopio|ddim yn gadael llonydd)» (?:anfon|gyrru|ffonio|',
      'ngalw|galw|dod|i mi|imi)?|(?:yn|wedi) fy «(?:mygwth|bygwth)»',
    ],
    matches: [
      'Mae fy nghymydog yn aflonyddu arna i bob dydd',
      'Mae fy nghyn-ŵr yn anfon negeseuon bygythiol ata i bob dydd',
    ],
    ignores: [
      'Mae pobl ifanc ar feiciau modur yn reidio drwy\'r parc bob nos heb helmedau. Mae ofn ar bobl hŷn fynd am dro ' +
        'gyda\'r nos. Allwch chi anfon mwy o swyddogion i\'r ardal?',
    ],
  },
  {
    id: 'cy/harassment/harassment-2',
    level: H,
    topics: ['harassment'],
    purpose: 'uses the Welsh word for harassment (aflonyddu)',
    phrase: '«aflonyddu»',
    framable: true,
    matches: [
      'Mae fy nghymydog yn aflonyddu arna i bob dydd',
    ],
    ignores: [
      'Is it true the PCC is funding a new stalking and harassment service?',
    ],
  },
  {
    id: 'cy/threat-to-kill/threat-kill-harm',
    level: H,
    topics: ['threat-to-kill'],
    purpose: 'reports a threat to kill or harm: threatened, or going, to kill or hurt them (Welsh)',
    phrase: [
      '«(?:bygwth|fygwth|mygwth)» (?:fy |ein |ei |y |i )?(?:lladd|ladd|mrifo|brifo|frifo|niweidio|nhrywanu|trywanu|',
      'llosgi)|(?:am|mynd i|yn mynd i) (?:fy|ein) «(?:lladd|ladd|mrifo)»|(?:y bydd|bydd|y gwnaiff|gwnaiff|y gwneith|',
      "gwneith|y gwnan|am|mynd i) (?:o|e|fe|fo|hi|nhw)(?:'n| yn)? (?:fy|ein) «(?:lladd|ladd|mrifo|brifo|nhrywanu)»|",
      "(?:o|e|fe|fo|hi|nhw)(?:'n| yn) (?:mynd i )?(?:fy|ein) «(?:lladd|ladd)»",
    ],
    matches: [
      'Mae o wedi bygwth fy lladd i',
      'mae gan y gŵr gyllell ac mae o\'n bygwth fy lladd i rŵan',
    ],
    ignores: [
      'Mae\'r ffurflen yma yn fy lladd i',
    ],
  },
  {
    id: 'cy/sexual-violence/sexual-violence',
    level: H,
    topics: ['sexual-violence'],
    purpose: 'discloses sexual violence: being raped, sexually assaulted or touched (Welsh)',
    phrase: [
      '(?:fy|ei|ein) «(?:nhreisio|threisio|dreisio)»|«treisiwyd»|wedi «(?:treisio|dreisio)»|«ymosod» (?:arna i |arnaf |',
      'arni )?yn rhywiol|«cyffwrdd» (?:a )?(?:fi|mi|ynof|ynddi)|«cyffwrdd yn amhriodol»',
    ],
    matches: [
      'Cefais fy nhreisio y llynedd',
      'ges i fy nhreisio llynedd a dwi heb ddeud wrth neb',
    ],
    ignores: [
      'Diolch i\'r swyddogion a ddaeth o hyd i fy nhad ar ôl iddo fynd ar goll y llynedd. Mae e\'n iawn nawr.',
    ],
  },
  {
    id: 'cy/sexual-violence/sexual-violence-2',
    level: H,
    topics: ['sexual-violence'],
    purpose: 'uses the Welsh words for rape, sexual violence, sexual assault or sexual abuse',
    phrase: '«treisio»|«trais rhywiol»|«ymosodiad rhywiol»|«cam drin rhywiol»',
    framable: true,
    matches: [
      'cefais fy nhreisio ac rwy angen help, dioddefais ymosodiad rhywiol',
    ],
    ignores: [
      'mae angen help arnaf gyda fy nghwyn',
    ],
  },
  {
    id: 'cy/suicide/suicidal-thoughts-self-harm',
    level: H,
    topics: ['suicide', 'self-harm'],
    purpose: 'mentions suicidal thoughts or self-harm',
    phrase: [
      '(?:lladd|ladd) «(?:fy|ei) hun»|(?:niweidio|brifo|frifo|anafu|torri) «(?:fy|ei) hun»|«hunan ?niwed»[a-z]*|',
      '(?:eisiau|isio|moyn) «marw»|(?:dim|ddim) (?:eisiau|isio|moyn) «(?:byw|bod yma|bod yn fyw)»|«dim pwynt byw»',
    ],
    matches: [
      'Dw i eisiau marw',
      'Dw i\'n meddwl am ladd fy hun',
    ],
    ignores: [
      'Dw i ddim mewn perygl, dim ond eisiau gwybodaeth am y Cod Dioddefwyr',
    ],
  },
  {
    id: 'cy/suicide/suicide',
    level: H,
    topics: ['suicide'],
    purpose: 'uses the Welsh word for suicide (hunanladdiad)',
    phrase: '«hunanladdiad»|«hunan laddiad»',
    framable: true,
    matches: [
      'dw i\'n meddwl am hunanladdiad',
    ],
    ignores: [
      'dw i\'n meddwl am y cyfarfod nesaf',
    ],
  },
  {
    id: 'cy/forced-marriage/forced-marriage',
    level: H,
    topics: ['forced-marriage'],
    purpose: 'mentions forced marriage, or being made to marry (Welsh)',
    phrase: [
      '«priodas» (?:dan orfod|orfodol|gorfodol)|(?:fy |ei |ein )?«(?:ngorfodi|gorfodi|orfodi)» (?:i |fi i |fi |',
      'mi i )?(?:briodi|priodi)|«gwneud i mi briodi»',
    ],
    matches: [
      'Mae fy nheulu yn fy ngorfodi i briodi',
    ],
    ignores: [
      'Volunteering as a Special Constable, is that through your office or the force?',
    ],
  },
  {
    id: 'cy/honour-based-abuse/honour-based-abuse',
    level: H,
    topics: ['honour-based-abuse'],
    purpose: 'mentions honour-based abuse: bringing shame on the family, or honour-based violence (Welsh)',
    phrase: '«cywilydd ar» (?:y|fy|ein) teulu|«dwyn cywilydd»|(?:trais|cam drin) «ar sail anrhydedd»',
    matches: [
      'maen nhw\'n dweud fy mod i wedi dwyn cywilydd ar y teulu',
    ],
    ignores: [
      'mae\'r teulu yn iawn diolch',
    ],
  },
  {
    id: 'cy/breach-of-order/court-order-bail-condition-was',
    level: H,
    topics: ['breach-of-order'],
    purpose: 'says a court order, injunction or bail condition was breached (Welsh)',
    phrase: "torri(?:'r| y| ei| eu)? «(?:gorchymyn|orchymyn|amodau|amod|gwaharddeb|waharddeb)»",
    matches: [
      'Mae o wedi torri\'r gorchymyn atal eto',
    ],
    ignores: [
      'What happens if someone breaches a restraining order?',
    ],
  },
  {
    id: 'cy/child-at-risk/child-may-be-risk',
    level: H,
    topics: ['child-at-risk'],
    purpose: 'a child may be at risk: a child being abused, hit or hurt, or groomed (Welsh)',
    phrase: [
      '«cam drin plant»|(?:plentyn|plant|mab|fab|merch|ferch|mhlentyn|mhlant|wyres|',
      "wyr)(?: [a-z']+){0,3} «(?:cael (?:ei|eu) (?:gam drin|cham drin|cam drin|guro|churo|brifo|frifo|daro|tharo)|",
      'meithrin perthynas amhriodol)»|«meithrin perthynas amhriodol»',
    ],
    matches: [
      'mae fy merch yn cael ei cham drin gan ei llystad',
    ],
    ignores: [
      'mae fy merch yn mynd i\'r ysgol yn Llandudno',
    ],
  },
  {
    id: 'cy/exploitation/signs-exploitation-modern-slavery',
    level: H,
    topics: ['exploitation', 'modern-slavery'],
    purpose: 'mentions modern slavery, human trafficking, exploitation or county lines (Welsh)',
    phrase: '«(?:c|g|ngh)aethwasiaeth»|«(?:m|f)asnachu pobl»|«(?:c|g|ngh)amfanteisio»|«(?:c|g|ngh)am fanteisio»|«llinellau sirol»',
    framable: true,
    matches: [
      'dw i\'n poeni am gaethwasiaeth yn y golchfa geir',
    ],
    ignores: [
      'dw i\'n poeni am y traffig yn y dre',
    ],
  },
  {
    id: 'cy/sextortion/blackmailed-with-images',
    level: H,
    topics: ['sextortion'],
    purpose: 'says they are being blackmailed, or threatened with their pictures being shared (Welsh)',
    phrase: '«blacmel»[a-z]*|«bygwth rhannu» (?:lluniau|fideos|fy lluniau|fy fideos)',
    matches: [
      'maen nhw\'n bygwth rhannu fy lluniau',
    ],
    ignores: [
      'maen nhw\'n rhannu newyddion am y cyngor',
    ],
  },
  {
    id: 'cy/hate-crime/hate-crime-hate-incident',
    level: H,
    topics: ['hate-crime'],
    purpose: 'mentions a hate crime, racist abuse or homophobia (Welsh)',
    phrase: '«trosedd casineb»|«cam drin hiliol»|«hiliol»|«homoffobig»',
    framable: true,
    matches: [
      'roedd yn drosedd casineb, cam drin hiliol ar y bws',
    ],
    ignores: [
      'roedd y bws yn hwyr eto heddiw',
    ],
  },
]);
