/*
 * Which language a message is in, and whether the screen can read it.
 * English and Welsh are read by the rules; every other language goes to a
 * person. A detector's guess (eld locally, or Azure AI Language) is taken for
 * Latin-script text only when the message is plainly not English, because
 * text-speak and typos make English look foreign to any detector.
 */

export interface DetectorGuess {
  /** ISO 639-1, as the detector says it. */
  readonly code: string;
  /** 0..1 */
  readonly confidence: number;
  /** Which detector said so, for the staff record: 'eld' or 'azure'. */
  readonly source: string;
}

export interface LanguageReading {
  readonly code: string;
  /** en or cy: the rules can read it. */
  readonly readable: boolean;
  readonly how: 'script' | 'words' | 'detector' | 'default';
}

const ENGLISH_AND_WELSH = new Set(
  (
    'i me my you your he she it we they him her them the a an and or but to of in on at for with is are was were be been am ' +
    "not no yes this that there here what when where who how why can could would will do did don't dont i'm im it's its he's hes " +
    "she's shes please help want need have has had from about get got just so if our us his their now ok okay thanks thank " +
    'hi hello hey police u ur pls plz cant wont cos coz gonna wanna aint mum dad lad' +
    // Welsh
    ' mae yn y yr ac o ar fy dy ei ein eich eu ni chi nhw fi ti fe wedi ddim dw rwy roedd oes sydd gyda nawr helpu plis'
  ).split(' '),
);

// Function words of Urdu and Punjabi typed in Latin letters (Roman Urdu): no detector knows them.
const ROMAN_URDU = new Set(
  (
    'mera meri mere mujhe mujh mai main mein hai hain hay tha thi nahi nahin nai kya kia aur ki ka ke ko se ne raha rahi rahe ' +
    'aap ap tum tu hum hamara hamari apna apni yeh ye woh wo koi kuch bohat bahut abhi jaldi ghar shohar pati biwi beti beta bachay ' +
    'bachao madad maar mar marta marti raha rahe dar darr khatra khatre karo karein kar diya gaya gayi wala wali sath saath andar bahar ' +
    'aaj raat khud lungi saari wo kaam karta karti hun dete bhi unke uske iske paas upar kehta kehti agle hafte phir kabhi milenge khilaf ' +
    'shikayat karni kaise karun ek wale mere abbu ammi kahan karen likh sakte sakti chahiye hoga hogi jaata jaati lekin agar kyun'
  ).split(' '),
);
const ROMAN_PUNJABI = new Set(
  (
    'menu mainu mennu tusi tuhanu sadda sada saanu sanu asi assi mera meri kithe kidda kiddan hega hegi si nu da di de te vich ' +
    'naal nal karo kardi karda rehi reha ghar bande banda kuri munda mainu darr bachao madad maarda maardi ' +
    'te ch ae nu ton aan ohne si lai layi kuj gall je reha gya kehnda hune kol ditti dita fer kiti kadi vi lya thalle ohnu bachyan ' +
    'ajj kiven kinnu dasiye sakda puchna kariye kadon changi laggi ditta bhen raati vadde chukde navein aundi dende kehnde peke hor ' +
    'wapas saddi gali batti mundeyan gaddi bitha rassi aandi maaf kareyo sareyan kutt kyunki rishte naah ral pra'
  ).split(' '),
);
const PUNJABI_ONLY = new Set(
  (
    'menu mainu mennu tusi tuhanu sadda saanu sanu asi assi kithe kidda kiddan hega hegi vich naal nal kardi karda maarda maardi ' +
    'te ch ae nu ton aan ohne si kuj gall gya kehnda hune kol ditti dita fer kiti kadi vi ohnu ajj kiven kinnu sakda kadon changi ' +
    'ditta raati vadde aundi dende kehnde hor saddi mundeyan kareyo sareyan'
  ).split(' '),
);

function letterWords(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKC')
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}']+$/gu, ''))
    .filter((w) => /^[\p{L}']+$/u.test(w));
}

function byScript(text: string): string | null {
  const count = (re: RegExp): number => (text.match(re) ?? []).length;
  const letters = count(/\p{L}/gu);
  if (letters === 0) return null;
  const share = (re: RegExp): number => count(re) / letters;
  if (share(/[\u0A00-\u0A7F]/g) > 0.4) return 'pa';
  if (share(/[\u0A80-\u0AFF]/g) > 0.4) return 'gu';
  if (share(/[\u0980-\u09FF]/g) > 0.4) return 'bn';
  if (share(/[\u0900-\u097F]/g) > 0.4) return 'hi';
  if (share(/[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/g) > 0.4) {
    // Letters Urdu and Shahmukhi Punjabi use and Arabic does not: ٹ ڈ ڑ ں ے ھ گ چ پ ژ ک ی
    return /[\u0679\u0688\u0691\u06BA\u06D2\u06BE\u06AF\u0686\u067E\u0698\u06A9\u06CC]/.test(text) ? 'ur' : 'ar';
  }
  if (share(/[\u0400-\u04FF]/g) > 0.4) return 'ru';
  return null;
}

// Everyday words of the Latin-script languages spoken in Lancashire. A detector's guess is taken only
// when the message holds two of its language's words, so names, addresses and text-speak stay English.
const FUNCTION_WORDS: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries({
    pl: 'nie jest się sie mnie mój moj moja mi mam ma są sa że ze to ja on ona co jak do na w z i po przez bardzo proszę prosze pomocy teraz mąż maz tu',
    ro: 'nu este e și si în in la mă ma meu mea mi de cu pe că ca sunt am el ea ajutor vă va rog acum soțul sotul aici',
    lt: 'ne yra aš as mane mano jis ji ir kad su į i labai dabar padėkite padekite',
    lv: 'nav ir es mani mans viņš vins viņa vina un ka ar uz ļoti loti tagad palīdziet palidziet',
    sk: 'nie je sa ma mňa mna môj moj moja som on ona a že ze na v s do teraz pomoc',
    cs: 'ne je se mě me mně mne můj muj moje jsem on ona a že ze na v s do ted teď pomoc',
    hu: 'nem van az egy és es engem nekem a férjem ferjem most segítség segitseg itt meg',
    pt: 'não nao é e está esta me meu minha eu ele ela o a de que com em um uma agora ajuda socorro marido',
    es: 'no es está esta me mi mío yo él el ella de que con en un una ahora ayuda socorro marido',
    fr: 'ne pas est me mon ma je il elle le la de que avec dans un une maintenant aide au secours mari',
    it: 'non è e mi mio mia io lui lei il la di che con in un una adesso ora aiuto marito',
    de: 'nicht ist mich mir mein meine ich er sie der die das und mit in ein eine jetzt hilfe mann',
    tr: 'değil degil var ben beni benim o ve bir ile şimdi simdi yardım yardim kocam burada',
  }).map(([code, words]) => [code, new Set(words.split(' '))]),
);

/**
 * Reads the language from the script first (Gurmukhi, Gujarati, Bengali,
 * Arabic script), then Roman Urdu and Punjabi by their function words, then
 * the detector's guess for other Latin-script languages.
 */
export function whichLanguage(text: string, guess: DetectorGuess | null, welsh: boolean): LanguageReading {
  const script = byScript(text);
  if (script) return { code: script, readable: false, how: 'script' };
  if (welsh) return { code: 'cy', readable: true, how: 'words' };
  const words = letterWords(text);
  if (words.length < 3) return { code: 'en', readable: true, how: 'default' };
  const known = words.filter((w) => ENGLISH_AND_WELSH.has(w)).length / words.length;
  const roman = words.filter((w) => ROMAN_URDU.has(w) || ROMAN_PUNJABI.has(w)).length / words.length;
  if (roman >= 0.35 && roman > known) {
    return { code: words.some((w) => PUNJABI_ONLY.has(w)) ? 'pa' : 'ur', readable: false, how: 'words' };
  }
  const plainlyForeign = known < (words.length >= 6 ? 0.2 : 0.1);
  const own = guess ? FUNCTION_WORDS[guess.code] : undefined;
  const ownWords = own ? new Set(words.filter((w) => own.has(w))).size : 0;
  if (guess && own && guess.confidence >= 0.5 && plainlyForeign && ownWords >= 2) {
    return { code: guess.code, readable: false, how: 'detector' };
  }
  return { code: 'en', readable: true, how: 'default' };
}

/** Latin-script text of a few words with hardly any English or Welsh in it: worth asking a detector. */
export function mightBeForeign(text: string): boolean {
  if (byScript(text)) return false;
  const words = letterWords(text);
  if (words.length < 4) return false;
  const known = words.filter((w) => ENGLISH_AND_WELSH.has(w)).length / words.length;
  return known < (words.length >= 6 ? 0.2 : 0.1);
}
