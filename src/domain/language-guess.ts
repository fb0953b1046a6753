/**
 * A cheap guess whether a message is in a language the bot does not read
 * (neither English nor Welsh), so that it can say so honestly and still
 * show 999. Short answers ("ok", a name, a postcode) are never called foreign.
 */
const COMMON = new Set(
  (
    'i me my you your he she it we they him her them the a an and or but to of in on at for with is are was were be been am ' +
    "not no yes this that there here what when where who how why can could would will do did don't i'm it's he's she's " +
    'please help want need have has had from about get got just so if me our us his hers their ' +
    // Welsh
    'mae yn y yr a ac i o ar am fy dy ei ein eich eu ni chi nhw fi ti fe hi wedi ddim dw rwy roedd oes sydd gyda nawr helpu'
  ).split(' '),
);

export function looksForeign(text: string): boolean {
  if (text.includes('@')) return false;
  // Words of letters only: names with numbers, postcodes and addresses are not sentences.
  const words = text
    .toLowerCase()
    .normalize('NFKC')
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}']+$/gu, ''))
    .filter((w) => /^[\p{L}']+$/u.test(w));
  const letters = [...text].filter((c) => /\p{L}/u.test(c));
  const latin = letters.filter((c) => /[a-zA-Z\u00C0-\u024F]/.test(c)).length;
  if (words.length >= 2 && letters.length > 0 && latin / letters.length < 0.5) return true;
  // Five words or more with hardly a common English or Welsh word among them.
  if (words.length < 5) return false;
  const known = words.filter((w) => COMMON.has(w)).length;
  return known / words.length < 0.15;
}
