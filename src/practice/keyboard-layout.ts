/** The letter keys, row by row, as on an English tablet keyboard (Shift gives their capitals). */
export const LETTER_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'] as const;

/**
 * The keys behind "123": digits, then what an email address and a phone number need
 * (@ . - _ + and brackets), then a little punctuation, row by row.
 */
export const SYMBOL_ROWS = ['1234567890', '@.-_+()/£', ",?!':&#"] as const;

/** Every character the practice keyboard can type, so lessons ask only for those. */
export const TYPABLE: ReadonlySet<string> = new Set([
  ...LETTER_ROWS.join(''),
  ...LETTER_ROWS.join('').toUpperCase(),
  ...SYMBOL_ROWS.join(''),
  ' ',
]);
