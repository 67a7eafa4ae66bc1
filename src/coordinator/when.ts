/** Times as a coordinator reads them: "3 hours ago", "30 Nov 2026, 09:50", "valid until 14:05 tomorrow". */
import { words } from './words';

const relative = new Intl.RelativeTimeFormat(words.locale, { numeric: 'auto' });
const dateAndTime = new Intl.DateTimeFormat(words.locale, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const dateOnly = new Intl.DateTimeFormat(words.locale, { day: 'numeric', month: 'short', year: 'numeric' });
const timeOnly = new Intl.DateTimeFormat(words.locale, { hour: '2-digit', minute: '2-digit' });

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Each unit is used up to where the next one reads better; years beyond. */
const UNITS: [Intl.RelativeTimeFormatUnit, number, number][] = [
  ['minute', MINUTE, HOUR],
  ['hour', HOUR, DAY],
  ['day', DAY, 30 * DAY],
  ['month', 30 * DAY, 365 * DAY],
];
const YEAR = 365 * DAY;

/** "3 hours ago", "yesterday", "just now". */
export function timeAgo(at: Date, now: Date): string {
  const ms = at.getTime() - now.getTime();
  // Seconds are noise for a sync: the page is not redrawn as they pass.
  if (Math.abs(ms) < MINUTE) return words.justNow;
  const [unit, size] = UNITS.find(([, , below]) => Math.abs(ms) < below) ?? ['year', YEAR];
  // Whole units passed: 59 minutes is "59 minutes ago", never "60 minutes ago".
  return relative.format(Math.trunc(ms / size), unit);
}

export const formatDateTime = (at: Date): string => dateAndTime.format(at);
export const formatDate = (at: Date): string => dateOnly.format(at);

/** When an enrolment code runs out, by the local clock: "Valid until 14:05 tomorrow." */
export function validUntil(expires: Date, now: Date): string {
  const time = timeOnly.format(expires);
  const days = Math.round((startOfDay(expires) - startOfDay(now)) / DAY);
  if (days === 0) return words.code.validUntilToday(time);
  if (days === 1) return words.code.validUntilTomorrow(time);
  return words.code.validUntilDate(time, dateOnly.format(expires));
}

const startOfDay = (at: Date): number => new Date(at.getFullYear(), at.getMonth(), at.getDate()).getTime();
