import type { i18n as I18n, InitOptions } from 'i18next';

/**
 * The appointment times on the practice screens. Lesson and screen words name them as
 * {{slot2, when}}, so the date is written once and every language formats it its own way
 * (Intl), and an instruction always matches the time on the screen.
 */
export const PRACTICE_TIMES = {
  slot1: new Date(2025, 0, 14, 9, 10),
  slot2: new Date(2025, 0, 14, 10, 30),
  slot3: new Date(2025, 0, 15, 14, 40),
  slot4: new Date(2025, 0, 16, 11, 20),
} as const;

/** How Hubsteps reads its words, for the app and for the tests that read them as a learner does. */
/** Interface words that only screens loaded later use, each namespace loaded with its screens. */
const LATER_UI_NAMESPACES = ['profiles', 'volunteer', 'player', 'home'] as const;

export const WORD_OPTIONS = {
  interpolation: { escapeValue: false, defaultVariables: PRACTICE_TIMES },
  // The interface's words are five namespaces: 'ui', in the app from the start, and the words
  // of screens that load later, in their own files ('profiles': the learner forms, locks and
  // card; 'volunteer': settings; 'player': a lesson's steps; 'home': a learner's home). A
  // screen's t() finds a key in whichever holds it.
  fallbackNS: [...LATER_UI_NAMESPACES],
  returnNull: false,
  // An empty translation is a missing one: English shows instead, and the report counts it.
  returnEmptyString: false,
} satisfies InitOptions;

/**
 * Hubsteps' English is British: "Tuesday 14 January at 10:30 am". Every language writes Latin
 * digits (-u-nu-latn): the real NHS App shows times, phone numbers and doses in them, and a
 * learner must find on the real screen the same "10:30" the lesson shows (Intl writes Bengali
 * digits for "bn", and Arabic-Indic ones for "ar" in some browsers). Day and month names stay the
 * language's own.
 */
export const intlLocale = (lng: string): string => (lng === 'en' ? 'en-GB' : `${lng}-u-nu-latn`);

const dateFormat = (options: Intl.DateTimeFormatOptions) => (value: unknown, lng: string | undefined) => {
  const locale = intlLocale(lng ?? 'en');
  const hour12 = locale === 'en-GB' && options.hour ? { hour12: true } : {};
  return value instanceof Date ? new Intl.DateTimeFormat(locale, { ...options, ...hour12 }).format(value) : '';
};

const day = dateFormat({ weekday: 'long', day: 'numeric', month: 'long' });
const time = dateFormat({ hour: 'numeric', minute: '2-digit' });
/** Languages written in Arabic script separate with the Arabic comma. */
const separator = (lng: string | undefined) => (lng === 'ar' || lng === 'ur' ? '، ' : ', ');

/**
 * A whole number under 1000 in Latin digits reads the same in every language, with no grouping:
 * written without Intl, whose first use costs 50 to 100 ms on a slow tablet (it loads its locale
 * data), too much for the first screen's "Step 1 of 9".
 */
function formatNumber(value: unknown, lng: string | undefined, options: Intl.NumberFormatOptions): string {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 1000) return String(value);
  return new Intl.NumberFormat(intlLocale(lng ?? 'en'), options).format(Number(value));
}

/** The largest unit that fits a time gone by, so it reads as people say it: "3 days ago". */
const AGO_UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400],
  ['month', 30 * 86_400],
  ['week', 7 * 86_400],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];

/**
 * How long ago a time was ("3 days ago", "yesterday"), in the language, always in Latin digits.
 * Under a minute it is "now". A time in the future (a clock set wrong) is said as now, too.
 */
export function formatAgo(value: unknown, lng: string | undefined, now = Date.now()): string {
  const time = value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) return '';
  const seconds = Math.max(0, (now - time) / 1000);
  // intlLocale asks for Latin digits, whatever the language's own digits are.
  const format = new Intl.RelativeTimeFormat(intlLocale(lng ?? 'en'), { numeric: 'auto' });
  for (const [unit, size] of AGO_UNITS) {
    if (seconds >= size) return format.format(-Math.floor(seconds / size), unit);
  }
  return format.format(0, 'second');
}

/** The formats lesson and screen words use: number, and for dates when, weekday, time and ago. */
export function addFormats(i18n: I18n): void {
  const formatter = i18n.services.formatter;
  if (!formatter) return;
  // Day and time joined here, not by Intl: how Intl joins them ("at", a comma) differs between
  // browser versions, and a learner must find the same words on the screen as in the instruction.
  formatter.add('when', (value, lng) => `${day(value, lng)}${separator(lng)}${time(value, lng)}`);
  formatter.add('number', (value, lng, options) => formatNumber(value, lng, options));
  formatter.add('weekday', dateFormat({ weekday: 'long' }));
  formatter.add('time', time);
  formatter.add('ago', (value, lng) => formatAgo(value, lng));
}
