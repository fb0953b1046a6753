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

/*
 * Notes on the lists (matching is a plain substring test, see dangerWordsIn):
 * - A few entries start with a space on purpose, so that they cannot match inside a longer word
 *   (' mă bate' not in 'consumă baterie', ' اگ لگ' not in 'لاگ لگ'). Such an entry misses the very first word of a message.
 * - Bare stems that sit inside everyday words are avoided: 'آگ' in 'آگے', 'ਅੱਗ' in 'ਅੱਗੇ', 'આગ' in 'આગળ', 'aag' in 'aage',
 *   'سكين' in 'مسكين', 'চাকু' in 'চাকুরি', 'pożar' in 'pozarządowy', 'pali się' in 'odpali się', 'foc' in 'focus'.
 * - Polish 'ł' has no decomposition, so it survives the diacritic strip: words with it are listed twice ('pobił', 'pobil').
 * - Help as a bare noun ('pomocy', 'ajutor') is in nearly every request for help, so only cry forms are listed for it.
 */
export const DANGER_WORDS: readonly DangerWords[] = [
  {
    code: 'pl',
    name: 'Polish',
    latin: true,
    now: [
      'ratunku', 'pomocy!', 'pomóżcie', 'mnie bije', 'bije mnie', 'bije nas', 'bije dzieci', 'pobił mnie', 'pobil mnie',
      'zabije', 'zabić', 'nożem', 'ma nóż', 'się pali', 'płonie', 'plonie', 'podpal', 'jest w domu', 'pod drzwiami',
      'dobija się', 'wyważa drzwi', 'włam', 'wlam', 'dusi mnie', 'udusi', 'krwawi', 'chcę umrzeć', 'nie chcę żyć', 'skoczę z',
      'samobój',
    ],
    reviewed:
      'checked against two independent public Polish crisis-keyword lists in open-source safety code ' +
      "('bije mnie', 'zabije mnie', 'dobija się do drzwi', 'chcę umrzeć', 'nie chcę żyć') and Polish DV guidance (przemocdomowa.com.pl)",
  },
  {
    code: 'ro',
    name: 'Romanian',
    latin: true,
    now: [
      'ajutor!', 'ajutor urgent', 'ajutați-mă', 'salvați-mă', ' mă bate', 'mă bate soțul', ' ne bate', 'm-a bătut', 'mă lovește',
      'mă omoară', 'să mă omoare', 'te omor', 'mă ucide', 'amenință cu moartea', 'un cuțit', 'cuțitul', 'incendiu', 'dat foc',
      'dea foc', 'ia foc', 'luat foc', 'la ușă', 'sparge ușa', 'a intrat în casă', 'mă sugrumă', 'vreau să mor', 'sinucid',
      'mă omor', 'nu mai vreau să trăiesc', 'sângerează',
    ],
    reviewed:
      "checked against several independent public Romanian crisis-keyword lists in open-source safety code ('mă omoară', " +
      "'mă lovește', 'vreau să mor', 'mă sinucid', 'să mă omor') and Romanian police/press DV reports (politiaromana.ro, aziinsatumare.ro)",
  },
  {
    code: 'ar',
    name: 'Arabic',
    latin: false,
    now: [
      'ساعدوني', 'النجدة', 'النجده', 'الحقوني', 'أنقذوني', 'انقذوني', 'ضربني', 'يقتلني', 'قتلك', 'بالقتل', 'خنقني', 'بسكين',
      'بالسكين', 'ماسك سكين', 'حريق', 'النار في', 'يحرق', 'عند الباب', 'على الباب', 'يكسر الباب', 'اقتحم', 'دخل البيت',
      'في البيت الآن', 'في البيت الان', 'نتحر', 'انتحار', 'قتل نفسي', 'أريد أن أموت', 'اريد ان اموت', 'ينزف',
    ],
    reviewed:
      "checked against independent public Arabic crisis/alert keyword lists in open-source code (a multilingual triage list: 'ساعدوني', " +
      "'النجدة', 'سيقتلني', 'يضربني', 'أريد أن أموت', 'انتحار'; an Egyptian police-alert list: 'الحقوني', 'ضربني'; child-safety lists: 'يضربني')",
  },
  {
    code: 'ur',
    name: 'Urdu',
    latin: false,
    now: [
      'بچاؤ', 'بچاو', 'مدد کریں', 'مدد کرو', 'مجھے مار رہ', 'ہمیں مار رہ', 'مجھے مارت', 'مجھے مارا', 'مار پیٹ', 'مارپیٹ',
      'مار دے گا', 'مار دوں گا', 'مار ڈال', 'جان سے مار', 'قتل', 'چاقو', 'چھری', 'آگ لگ', ' اگ لگ', 'دروازے پر', 'دروازہ توڑ',
      'گھر میں گھس', 'خودکشی', 'خود کشی', 'خود کو مار', 'مرنا چاہت', 'گلا دبا',
    ],
    reviewed:
      "checked against independent public Urdu safety code: a risk screen ('مجھے مار رہا', 'مجھے مار رہی', 'خودکشی', 'خود کو مار دوں'), " +
      "an SOS test set ('بچاؤ بچاؤ وہ مجھے مار رہا ہے') and a multilingual danger dictionary ('مجھے مارا', 'جان سے مارنے کی دھمکی')",
  },
  {
    code: 'ur-Latn',
    name: 'Urdu (in Latin letters)',
    latin: true,
    now: [
      'bachao', 'bachaao', 'bachaw', 'madad karo', 'mujhe maar', 'mujhe mar ra', 'muje maar', 'maar dega', 'mar dega', 'maar dalega',
      'mar dalega', 'jaan se ma', 'jan se ma', 'qatal', 'qatl', 'chaku', 'chhuri', 'churi se', 'aag lag', 'darwaze par', 'darwaze pe',
      'darwaza tor', 'darwaza tod', 'ghar mein ghus', 'khudkushi', 'khud kushi', 'khudkashi', 'marna chah', 'khud ko maar',
    ],
    reviewed:
      "checked against independent public Roman-Urdu safety code: a risk screen ('mujhe maar raha', 'khudkushi', 'marna chahta'), " +
      "an SOS test set ('mujhe bachao', 'bachao bachao madad karo') and Roman-Urdu crisis lists ('khud kushi', 'marna chahti')",
  },
  {
    code: 'pa',
    name: 'Punjabi',
    latin: false,
    now: [
      'ਬਚਾਓ', 'ਬਚਾਉ', 'ਮਦਦ ਕਰੋ', 'ਮੈਨੂੰ ਮਾਰ ਰ', 'ਮੈਨੂੰ ਮਾਰਦ', 'ਮੈਨੂੰ ਮਾਰਿਆ', 'ਸਾਨੂੰ ਮਾਰ ਰ', 'ਕੁੱਟ ਰਿਹਾ', 'ਮਾਰ ਦੇਵੇਗਾ', 'ਮਾਰ ਦਿਆਂਗਾ',
      'ਜਾਨੋਂ ਮਾਰ', 'ਜਾਨ ਤੋਂ ਮਾਰ', 'ਚਾਕੂ', 'ਛੁਰੀ', 'ਅੱਗ ਲੱਗ', 'ਅੱਗ ਲਾ', 'ਦਰਵਾਜ਼ਾ ਤੋੜ', 'ਘਰ ਵਿੱਚ ਵੜ', 'ਖੁਦਕੁਸ਼ੀ', 'ਖ਼ੁਦਕੁਸ਼ੀ',
      'ਮਰਨਾ ਚਾਹੁੰਦ',
      // Shahmukhi
      'بچاؤ', 'مینوں مار', 'مار دیوے گا', 'جان توں مار', 'چھری', ' اگ لا', ' اگ لگ', 'خودکشی',
    ],
    reviewed:
      "Gurmukhi entries only: checked against a public multilingual danger dictionary ('ਜਾਨੋਂ ਮਾਰਨ ਦੀ ਧਮਕੀ', 'ਮੈਨੂੰ ਮਾਰਿਆ', 'ਕੁੱਟਿਆ') " +
      "and Victoria (Australia) government Punjabi fire-safety text ('ਅੱਗ ਲੱਗ'); the Shahmukhi entries are not yet checked",
  },
  {
    code: 'pa-Latn',
    name: 'Punjabi (in Latin letters)',
    latin: true,
    now: [
      'bachao', 'bachaao', 'madad karo', 'mainu maar', 'menu maar', 'mennu maar', 'sanu maar', 'kutt reha', 'kut reha', 'maarda pya',
      'marda pya', 'maar devega', 'maar dewega', 'jaan ton maar', 'jaan to maar', 'chaku', 'chhuri', 'churi naal', 'agg lag',
      'agg la di', 'agg laa di', 'agg laga', 'aag lag', 'darwaza tod', 'khudkushi', 'khud kushi', 'marna chah',
    ],
    reviewed: false,
  },
  {
    code: 'gu',
    name: 'Gujarati',
    latin: false,
    now: [
      'બચાવો', 'મદદ કરો', 'મને મારે છે', 'અમને મારે છે', 'મારી રહ્યો', 'મને મારી રહી', 'ઢોરમાર', 'મારપીટ', 'માર માર્યો', 'મારી નાખ',
      'મારી નાંખ', 'છરી', 'ચપ્પુ', 'આગ લાગ', 'આગ લગાવ', 'આગ ચાંપ', 'દરવાજો તોડ', 'દરવાજે', 'ઘરમાં ઘૂસ', 'આત્મહત્યા', 'મરી જવું છે',
      'ગળું દબાવ', 'લોહી નીકળ',
    ],
    reviewed:
      "checked against a public multilingual danger dictionary ('મારી નાખવાની ધમકી', 'મને માર્યો', 'માર માર્યો') and Gujarati press " +
      "reports of 181 helpline calls (abtakmedia.com: 'ઢોરમાર મારી રહ્યો છે', 'અમને બચાવો'; tapimitra.com: 'મારપીટ')",
  },
  {
    code: 'bn',
    name: 'Bengali',
    latin: false,
    now: [
      'বাঁচাও', 'বাচাও', 'সাহায্য করুন', 'সাহায্য করো', 'আমাকে মারছে', 'আমাদের মারছে', 'আমাকে মারে', 'মারধর', 'মারধোর', 'মেরে ফেল',
      'খুন কর', 'ছুরি', 'চাকু দিয়ে', 'আগুন', 'দরজায়', 'দরজা ভাঙ', 'ঢুকে পড়েছে', 'আত্মহত্যা', 'মরে যেতে চাই', 'মরতে চাই', 'গলা টিপ',
      'রক্ত পড়ছে',
    ],
    reviewed:
      "checked against a public multilingual danger dictionary ('মারধর', 'আমাকে মেরেছে', 'মেরে ফেলার হুমকি', 'আত্মহত্যা') and Bengali " +
      "press reports of domestic violence (Zee 24 Ghanta, Asianet Bangla: 'আগুন ধরিয়ে দিল', 'ছুরির কোপ', 'মারধোর')",
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
    const haystack = ` ${list.latin ? plainLatin(text) : text.normalize("NFC").toLowerCase()}`;
    for (const word of list.now) {
      const needle = list.latin ? plainLatin(word) : word.normalize('NFC');
      if (haystack.includes(needle)) found.push(`${list.code}:${word}`);
    }
  }
  return found;
}
