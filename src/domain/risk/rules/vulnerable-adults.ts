import { defineRules, H } from '../phrase';

/* Older and vulnerable adults abused or exploited. Phrase rules: see phrase.ts for their language and clauses.ts for how a message is read. */
export const VULNERABLE_ADULTS_RULES = defineRules([
  {
    id: 'vulnerable-adult/vulnerable-adult-may-be-risk',
    level: H,
    topics: ['vulnerable-adult'],
    purpose: "a vulnerable adult may be at risk: an older or disabled person's money taken, or them hurt or scared",
    phrase: [
      '«(?:taking|taken|takes|took|stealing|stole|steals|stolen|using|uses|used|draining|drained|spending|spends|spent|',
      'emptied|emptying|empties|controlling|controls|has|had|helping (?:himself|herself) to|cleared out|',
      'cleaning out)» (?:all )?(?:of )?(?:his|her|their) (?:money|pension|savings|benefits|bank|bank card|card|cards|',
      'cash|pin|account|bank account|wages|rent|house)|«(?:scar|bull|threaten|shout|abus|hit|neglect|exploit|hurt|',
      'intimidat|manipulat|pressur|push|lock|rough)»[a-z]* (?:him|her|them)|«(?:taken|took|taking|takes) over» (?:his|',
      'her|their) (?:flat|house|home)|«(?:moved|moving)» (?:in|into (?:his|her|their) (?:flat|house|home))|',
      "«cuckoo»(?:ing|ed)?|(?:his|her|their|[a-z]+'s) (?:money|pension|savings|benefits|bank card|cash|card|",
      "bank account) (?:has been|have been|is being|are being|was|were|keeps being|'s been|gets|got) «(?:taken|stolen|",
      "used|spent|emptied|drained|withdrawn|cleared out)»|(?:he|she|they)(?:'s| is| are|'re| was| has been|'s been|",
      ' seems| seem) (?:really |so |very )?«(?:scared|frightened|terrified|afraid)»|(?:being|been) «taken advantage of»',
    ],
    alsoNeeds: [
      '(?:elderly|old|older|aged|frail|disabled|vulnerable|blind|deaf|dementia|alzheimer[a-z]*|',
      'learning (?:disabilit[a-z]*|difficult[a-z]*)|mental health|autistic|autism|housebound|bed ?bound|',
      'wheelchair|care home|nursing home|carer|care worker|pensioner|nan|nana|gran|granny|grandma|grandad|',
      'granddad|grandpa|grandmother|grandfather|\\d{2} year old (?:man|woman|lady|neighbour|dad|mum|father|',
      'mother)|in (?:his|her|their) (?:70s|80s|90s|seventies|eighties|nineties))',
    ].join(''),
    matches: [
      'my mum\'s carer is hitting her right now, I can hear it on the baby monitor',
      'my mums carer is hitting her right now, im watching it on the camera app at work',
    ],
    ignores: [
      'that speed camera is daylight robbery',
    ],
  },
  {
    id: 'vulnerable-adult/vulnerable-adult-may-be-risk-2',
    level: H,
    topics: ['vulnerable-adult'],
    purpose: 'a vulnerable adult may be at risk: a carer or care home hitting, neglecting or stealing from them',
    phrase: [
      "«(?:carer|carers|care worker|care workers|care home|nursing home|care staff)» (?:[a-z']+ ){0,3}(?:hitting|hits|",
      'hit|abusing|abuses|abused|stealing|steals|stole|taking|takes|took|neglecting|neglects|neglected|rough|shouting|',
      'shouts|pinching|slapping|slapped|hurting|hurt|bruis[a-z]*|locking|locks|leaving (?:him|her|them) (?:in|without))',
    ],
    matches: [
      'my carer shouts at my mum and I think she\'s stealing from her',
      'my elderly mum\'s carer has been taking money out of her account',
    ],
    ignores: [
      'I\'m doing a sponsored walk to raise money for Samaritans',
    ],
  },
]);
