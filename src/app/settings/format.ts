import { intlLocale } from '../../i18n/formats';
import { i18n } from '../../i18n/i18n';

/** A size as a person reads it: "120 KB", "1.4 MB", in the interface language's words and Latin digits. */
export function formatBytes(bytes: number): string {
  const lang = intlLocale(i18n.language);
  const [value, unit] =
    bytes >= 1024 * 1024 ? [bytes / 1024 / 1024, 'megabyte'] : [Math.max(bytes / 1024, 1), 'kilobyte'];
  return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(
    value,
  );
}
