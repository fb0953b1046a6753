/*
 * Words of danger now in the community languages of Lancashire. A message
 * in any of these languages goes to a person whatever it says (the screen
 * cannot read it); these words only decide whether the case is raised as an
 * emergency (999 first, top of the staff queue) rather than as a disclosure
 * that needs reading. Missing a word here never loses a message.
 *
 * Verification: written from our own reading of each language and checked
 * against public translations of safety wording; NOT yet reviewed by a
 * native speaker. `reviewed` says which have been.
 */

export interface DangerWords {
  readonly code: string;
  /** English name, for the staff record. */
  readonly name: string;
  /** Latin-script languages are matched without diacritics ("ma bate" for "mă bate"). */
  readonly latin: boolean;
  readonly now: readonly string[];
  readonly reviewed: false | string;
}

export const DANGER_WORDS: readonly DangerWords[] = [
  {
    code: 'pl',
    name: 'Polish',
    latin: true,
    now: [
      'pomocy', 'ratunku', 'bije mnie', 'bije nas', 'zabije', 'zabić', 'zabic', 'nóż', 'noz', 'nożem', 'pożar', 'podpal',
      'pali się', 'jest w domu', 'pod drzwiami', 'dobija się', 'wyważa', 'dusi', 'krwawi', 'chcę umrzeć', 'zabiję się', 'skoczę',
    ],
    reviewed: false,
  },
  {
    code: 'ro',
    name: 'Romanian',
    latin: true,
    now: [
      'ajutor', 'mă bate', 'ne bate', 'mă omoară', 'mă ucide', 'omor', 'cuțit', 'cutit', 'foc', 'incendiu', 'e în casă',
      'la ușă', 'sparge ușa', 'mă sugrumă', 'vreau să mor', 'mă sinucid', 'sângerează',
    ],
    reviewed: false,
  },
  {
    code: 'ar',
    name: 'Arabic',
    latin: false,
    now: ['ساعدوني', 'النجدة', 'يضربني', 'يضربنا', 'سيقتلني', 'يقتلني', 'سكين', 'حريق', 'نار', 'عند الباب', 'في البيت الآن', 'أنتحر', 'انتحر', 'أقتل نفسي'],
    reviewed: false,
  },
  {
    code: 'ur',
    name: 'Urdu',
    latin: false,
    now: ['بچاؤ', 'بچاو', 'مدد کریں', 'مار رہا', 'مار رہی', 'مار رہے', 'مار دے گا', 'جان سے مار', 'قتل', 'چاقو', 'چھری', 'آگ', 'دروازے پر', 'خودکشی'],
    reviewed: false,
  },
  {
    code: 'ur-Latn',
    name: 'Urdu (in Latin letters)',
    latin: true,
    now: [
      'bachao', 'bachaao', 'bachaw', 'madad karo', 'maar raha', 'maar rahi', 'mar raha', 'mar rahi', 'maar dega', 'mar dega',
      'maar dalega', 'jaan se', 'qatal', 'chaku', 'churi', 'chhuri', 'aag', 'khudkushi', 'darwaze par',
    ],
    reviewed: false,
  },
  {
    code: 'pa',
    name: 'Punjabi',
    latin: false,
    now: ['ਬਚਾਓ', 'ਮਦਦ ਕਰੋ', 'ਮਾਰ ਰਿਹਾ', 'ਮਾਰ ਰਹੀ', 'ਮਾਰ ਦੇਵੇਗਾ', 'ਜਾਨੋਂ ਮਾਰ', 'ਚਾਕੂ', 'ਛੁਰੀ', 'ਅੱਗ', 'ਦਰਵਾਜ਼ੇ', 'ਖੁਦਕੁਸ਼ੀ', 'مار رہیا', 'مار ریا', 'بچاؤ', 'اگ لا'],
    reviewed: false,
  },
  {
    code: 'pa-Latn',
    name: 'Punjabi (in Latin letters)',
    latin: true,
    now: ['bachao', 'bachaao', 'maar reha', 'mar reha', 'maarda', 'marda pya', 'maar devega', 'chaku', 'churi', 'agg', 'khudkushi'],
    reviewed: false,
  },
  {
    code: 'gu',
    name: 'Gujarati',
    latin: false,
    now: ['બચાવો', 'મદદ કરો', 'મારે છે', 'મારી નાખશે', 'મારી નાખીશ', 'છરી', 'ચપ્પુ', 'આગ', 'દરવાજે', 'આત્મહત્યા'],
    reviewed: false,
  },
  {
    code: 'bn',
    name: 'Bengali',
    latin: false,
    now: ['বাঁচাও', 'বাচাও', 'সাহায্য করুন', 'মারছে', 'মেরে ফেলবে', 'খুন', 'ছুরি', 'আগুন', 'দরজায়', 'আত্মহত্যা'],
    reviewed: false,
  },
];

const NAMES: Readonly<Record<string, string>> = {
  hi: 'Hindi', ru: 'Russian', fa: 'Persian', ku: 'Kurdish', so: 'Somali', tr: 'Turkish', lt: 'Lithuanian', lv: 'Latvian',
  sk: 'Slovak', cs: 'Czech', hu: 'Hungarian', bg: 'Bulgarian', uk: 'Ukrainian', pt: 'Portuguese', es: 'Spanish', fr: 'French',
  it: 'Italian', de: 'German', nl: 'Dutch', sq: 'Albanian', ta: 'Tamil', ps: 'Pashto', ti: 'Tigrinya', am: 'Amharic', zh: 'Chinese',
};

export function languageName(code: string): string {
  return DANGER_WORDS.find((d) => d.code === code)?.name ?? NAMES[code] ?? `language code "${code}"`;
}

const plainLatin = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The danger words of the language (and, for Urdu and Punjabi, its Latin-letter spelling) found in the message. */
export function dangerWordsIn(text: string, code: string): string[] {
  const lists = DANGER_WORDS.filter((d) => d.code === code || d.code === `${code}-Latn`);
  const found: string[] = [];
  for (const list of lists) {
    const haystack = list.latin ? plainLatin(text) : text.normalize('NFC').toLowerCase();
    for (const word of list.now) {
      const needle = list.latin ? plainLatin(word) : word.normalize('NFC');
      if (haystack.includes(needle)) found.push(`${list.code}:${word}`);
    }
  }
  return found;
}
