/**
 * What every language must do the same way, whatever its words: a learner has to find on the real
 * NHS App or tablet what a lesson names, and the greeting on the home screen welcomes everyone.
 */
import { describe, expect, it } from 'vitest';
import { englishNamespaces, localeLanguages, readResource } from '../../build/locale-files';
import { flatten, hasPhrase, wordsOf } from '../../src/core/locale-text';
import { lessons } from '../../src/lessons';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const languages = localeLanguages();
const translated = languages.filter((l) => l !== 'en');

/** Every text of a language, as "ns: key" → words. */
function textsOf(lang: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const ns of englishNamespaces())
    for (const [key, text] of flatten(readResource(lang, ns))) out.set(`${ns}: ${key}`, text);
  return out;
}

/** Digits other than 0–9: Bengali, Arabic-Indic, Persian (Urdu), Devanagari, Gujarati and Gurmukhi. */
const OTHER_DIGITS = /[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u09E6-\u09EF\u0A66-\u0A6F\u0AE6-\u0AEF]/u;

/** Greetings that belong to one faith: "Hello" is for everyone who comes to a hub. */
const RELIGIOUS_GREETINGS = [
  'السلام علیکم',
  'السلام عليكم',
  'السلام',
  'salaam',
  'assalamu alaikum',
  'নমস্কার',
  'আসসালামু আলাইকুম',
  'નમસ્તે',
  'नमस्ते',
  'ਨਮਸਤੇ',
  'ਸਤ ਸ੍ਰੀ ਅਕਾਲ',
  'ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ',
  'namaste',
];

/** Medicines as printed on the box and in the NHS App, in English whatever the language. */
const MEDICINES = ['Amlodipine', 'Metformin', 'Salbutamol'];

/** Steps that name the tablet's own menus and buttons, which the hubs' tablets show in English. */
const DEVICE_NAMES: Record<string, string[]> = {
  'player: read.add-voice-ipad': ['iPad', 'Settings', 'Accessibility', 'Spoken Content', 'Voices'],
  'player: read.add-voice-android': ['Android', 'Settings', 'Text-to-speech'],
  'volunteer: install.ipad-share': ['Share'],
  'volunteer: install.ipad-add': ['Add to Home Screen', 'Add'],
  'volunteer: install.setup-why': ['iPad', 'Safari'],
  'wifi-and-nhs-app: steps.open-wifi.instruction': ['Settings'],
  'wifi-and-nhs-app: steps.open-wifi.hint': ['Wi-Fi', 'Connections'],
  'wifi-and-nhs-app: steps.search-store.instruction': ['App Store', 'Google Play'],
  'wifi-and-nhs-app: steps.install.instruction': ['Get'],
  'wifi-and-nhs-app: steps.open-app.body': ['Apple Account', 'Apple ID', 'Google'],
};

describe.each(translated)('%s', (lang) => {
  const texts = textsOf(lang);

  it('writes every number in the digits 0 to 9, as the real app shows times, phone numbers and doses', () => {
    const wrong = [...texts].filter(([, text]) => OTHER_DIGITS.test(text)).map(([key]) => key);
    expect(wrong).toEqual([]);
  });

  it('greets the learner with an everyday greeting that belongs to no faith', () => {
    const hello = readResource(lang, 'home') as { home: { hello: string } };
    expect(hello.home.hello).toContain('{{name}}');
    const religious = [...texts]
      .filter(([, text]) => RELIGIOUS_GREETINGS.some((g) => hasPhrase(wordsOf(text), wordsOf(g))))
      .map(([key]) => key);
    expect(religious).toEqual([]);
  });

  it('names each medicine as printed on the box, and its dose in the same digits', () => {
    const english = textsOf('en');
    for (const [key, source] of english) {
      for (const medicine of MEDICINES) {
        if (!source.includes(medicine)) continue;
        const dose = new RegExp(`${medicine} (\\d+)`).exec(source)?.[1];
        const text = texts.get(key) ?? '';
        expect(text, `${lang}/${key}`).toContain(medicine);
        if (dose) expect(text, `${lang}/${key}`).toMatch(new RegExp(`${medicine}\\D{0,20}${dose}(?!\\d)`));
      }
    }
  });

  it('names the real app’s screens and buttons by their English, with its own words beside them', () => {
    // The NHS App is in English: a hint that quotes only "Continuer" leaves the learner looking for it.
    const english = new Map(flatten(readResource('en', 'practice')));
    const labels = [...flatten(readResource(lang, 'practice'))]
      .filter(([key, text]) => key.startsWith('screens.') && !text.includes('{{') && text !== english.get(key))
      .map(([, text]) => text);
    const ownOnly = lessons.flatMap((lesson) =>
      [...flatten(readResource(lang, lesson.id))]
        .filter(([, text]) => labels.some((label) => new RegExp(`[“„«]${escapeRegExp(label)}[”»]`, 'u').test(text)))
        .map(([key]) => `${lesson.id}: ${key}`),
    );
    expect(ownOnly).toEqual([]);
  });

  it('quotes the tablet’s own menu and button names in English, as the tablet shows them', () => {
    for (const [key, names] of Object.entries(DEVICE_NAMES)) {
      expect(textsOf('en').get(key), `en/${key}`).toBeDefined();
      for (const name of names) expect(texts.get(key), `${lang}/${key}`).toContain(name);
    }
  });
});

describe.each(['ar', 'ur'])('%s, written right to left', (lang) => {
  it('keeps a number in groups (18001 111, 07700 900123) in its order, isolated left to right', () => {
    // Between right-to-left words, "18001 111" would otherwise show as "111 18001".
    const mirrored = [...textsOf(lang)]
      .filter(([, text]) => /\d[ \u00a0]+\d/u.test(text.replace(/\u2066[^\u2069]*\u2069/gu, '')))
      .map(([key]) => key);
    expect(mirrored).toEqual([]);
  });

  it('isolates an English name in quotes, so its quote marks and words stay in place', () => {
    // “Continue” between Urdu words: without an isolate the marks land on the wrong side of the word.
    const loose = [...textsOf(lang)]
      .filter(([, text]) => /[“«](?!\u2066|\{\{)[^”»]*[A-Za-z][^”»]*[”»]/u.test(text))
      .map(([key]) => key);
    expect(loose).toEqual([]);
  });
});

describe('Portuguese', () => {
  const texts = [...textsOf('pt').values()].join('\n');

  it('is the Portuguese of Portugal: "telemóvel" and "centro de saúde"', () => {
    expect(texts).toContain('Telemóvel');
    expect(texts).toContain('centro de saúde');
    for (const brazilian of ['celular', 'consultório', 'telefone móvel', 'tela', 'aplicativo', 'cadastro'])
      expect(hasPhrase(wordsOf(texts), wordsOf(brazilian)), brazilian).toBe(false);
  });
});

describe('Arabic', () => {
  /**
   * Imperatives that speak to a man only (a woman is told اضغطي, اختاري…). Hubsteps' Arabic
   * speaks to everyone: a verbal noun (الضغط على…), يُرجى, or يمكنك with a verbal noun, which
   * reads the same for a man and a woman.
   */
  const MASCULINE_IMPERATIVES =
    `اضغط اختر ابدأ اكتب جرّب ابحث افتح اذهب اتصل اطلب ضع حرّك المس ارفع اسأل أعِد حاول تأكد انتظر أكمل ارجع اقرأ أوقف حدِّث سجّل اعرض أمسك خذ انظر استخدم احجز ألغِ غيّر تحقق أدخل اترك احفظ اطبع احتفظ أزِل أظهر احذف امسح أضف افعل نزّله غيّره`.split(
      ' ',
    );

  it.each(englishNamespaces())('%s: no instruction speaks to a man only', (ns) => {
    const masculine = [...flatten(readResource('ar', ns))]
      .filter(([, text]) => MASCULINE_IMPERATIVES.some((verb) => hasPhrase(wordsOf(text), wordsOf(verb))))
      .map(([key, text]) => `${key}: ${text}`);
    expect(masculine).toEqual([]);
  });

  it('names where a learner is with a lesson as a state, not as something the learner did', () => {
    const { home } = readResource('ar', 'home') as { home: { state: Record<string, string> } };
    expect(home.state).toEqual({ 'not-started': 'لم يبدأ بعد', 'in-progress': 'قيد التعلّم', done: 'مكتمل' });
  });
});
