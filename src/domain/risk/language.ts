import type { RiskAssessment } from './risk-assessment';

// ---------------------------------------------------------------------------
// Language: counted from function words, not guessed from a single word.

const WELSH_WORDS = new Set([
  'mae', 'yn', 'dw', 'dwi', 'rwy', 'rwyf', 'rydw', 'roedd', 'fy', 'mewn', 'nawr', 'rwan', 'gyda', 'efo', 'wedi', 'ddim',
  'nid', 'hoffwn', 'eisiau', 'isio', 'heddlu', 'helpwch', 'diolch', 'gwelwch', 'hefyd', 'chi', 'nhw', 'ganddo',
  'ganddi', "i'r", "i'n", "mae'r", 'rhywun', 'ofn', 'perygl', 'cwyn', 'swyddog', 'ydw', 'ydy', 'oes', 'sydd', 'fod',
  'bod', 'angen', 'ac', 'ond', 'yr', 'fe', 'fo', 'eich', 'ein', 'cael', 'gael', 'gen', 'hwn', 'hon', 'yno', 'wrth',
  'allan', 'ffordd', 'mynd', 'dod', 'wneud', 'gwneud', 'eto', 'iawn', 'cymorth', 'ty', 'nhy', 'drws', 'plis', 'arna',
  'yw', 'beth', 'sut', 'pam', 'pwy', 'ble', 'heno', "o'n", "e'n", "hi'n", "dwi'n", 'cam', 'drin', 'domestig', 'gorchymyn',
  'stelcian', 'stelcio', 'aflonyddu', 'cyllell', 'gyllell', 'bygwth', 'ymosod', 'treisio', 'helpu',
]);
// Short English messages carry few function words, so common content words
// that are not Welsh count too; "i" counts because Welsh text outweighs it.
const ENGLISH_WORDS = new Set([
  'the', 'and', 'is', 'are', 'my', 'i', "i'm", "i've", "i'd", "i'll", 'you', 'to', 'of', 'in', 'it', "it's", 'he', 'she',
  'they', "they're", "they've", 'have', 'has', 'had', 'was', 'were', 'with', 'for', 'on', 'at', 'this', 'that', 'me',
  'not', 'please', 'can', "can't", 'what', 'how', 'who', 'why', 'where', 'when', 'which', 'someone', 'somebody', "he's",
  "she's", "he'll", "she'll", 'just', 'been', 'do', 'did', "don't", "didn't", 'want', 'like', 'would', 'could',
  'should', 'about', 'there', "there's", 'from', 'will', 'your', 'a', 'an', 'be', 'we', 'our', 'us', 'him', 'her',
  'them', 'his', 'their', 'keeps', 'keep', "won't", 'now', 'here', 'hello', 'hi', 'thanks', 'thank', 'myself', 'tonight',
  'today', 'outside', 'inside', 'really', 'very', 'so', 'all', 'out', 'up', 'if', 'or', 'no', 'yes', 'but', 'by', 'as',
  'got', 'get', 'feel', 'said', 'says', 'going', 'know', 'think', 'some', 'any', 'again', 'still', 'because', 'after',
  'before', 'over', 'into', 'too', 'off', 'taken', 'took', 'house', 'home', 'kill', 'killed', 'hurt', 'scared', 'help',
]);
const WELSH_LETTERS = /[ŵŷ]/i;

export function detectLanguage(raw: string, normalised: string): RiskAssessment['language'] {
  let welsh = WELSH_LETTERS.test(raw) ? 2 : 0;
  let english = 0;
  for (const w of normalised.split(' ')) {
    if (WELSH_WORDS.has(w)) welsh++;
    else if (ENGLISH_WORDS.has(w)) english++;
  }
  if (welsh === 0 && english === 0) return 'unknown';
  return welsh > english ? 'cy' : 'en';
}
