/** A learner as this tablet knows them: no email, no phone number, no surname. */
export interface LearnerProfile {
  /** Random and pseudonymous: "learner-" and a UUIDv7. */
  id: string;
  nickname: string;
  /** One of the friendly pictures, by name. */
  avatar: string;
  /** Optional protection, kept only as a slow, salted derivation. */
  secret: LearnerSecret | null;
  language: string;
  textSize: TextSize;
  /** Read every step aloud as it opens (profiles from before this setting do not have it). */
  readAloud?: boolean;
  /** The learner code on their printed card: 8 unambiguous characters. */
  code: string;
  createdAt: string;
}

export type TextSize = 'normal' | 'large' | 'largest';

export type LockKind = 'pin' | 'pictures';

/**
 * A PIN or picture password as it is kept: never the value, only a derivation of it with its
 * salt. A lock made before PBKDF2 has no `algo` (one salted SHA-256) and is upgraded the next
 * time its owner unlocks it; `iterations` is kept so the cost can rise later.
 */
export type LearnerSecret =
  | { kind: LockKind; algo: 'pbkdf2-sha256'; iterations: number; salt: string; hash: string }
  | { kind: LockKind; algo?: undefined; salt: string; hash: string };

/** Letters and digits that cannot be mistaken for one another: no 0/O, 1/I/L. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 8;

/**
 * A learner code from random bytes, by rejection sampling so every character is equally
 * likely: 31^8 ≈ 8.5 × 10^11 codes (about 40 bits), too many to guess.
 */
export function learnerCodeFrom(randomBytes: (n: number) => Uint8Array): string {
  const limit = 256 - (256 % CODE_ALPHABET.length);
  let code = '';
  while (code.length < CODE_LENGTH) {
    for (const byte of randomBytes(CODE_LENGTH * 2)) {
      if (byte < limit && code.length < CODE_LENGTH) code += CODE_ALPHABET[byte % CODE_ALPHABET.length];
    }
  }
  return code;
}

/** "ABCD2345" shown as "ABCD-2345", easier to read out and copy. */
export const formatLearnerCode = (code: string): string => `${code.slice(0, 4)}-${code.slice(4)}`;

/** Reads a typed code back, forgiving spaces, dashes and lower case. */
export function parseLearnerCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  return code.length === CODE_LENGTH && [...code].every((c) => CODE_ALPHABET.includes(c)) ? code : null;
}

/** A nickname a person can use: 1 to 30 characters once spaces are tidied. */
export function cleanNickname(typed: string): string | null {
  const name = typed.replace(/\s+/g, ' ').trim();
  return name.length >= 1 && name.length <= 30 ? name : null;
}

let collator: Intl.Collator | null = null;

/**
 * Learners in nickname order, as people look for their name ("zoe" beside "Zoë"). Made only
 * where a list is shown: collation loads Intl's data, too slow for the way to a lesson.
 */
export function byNickname(learners: readonly LearnerProfile[]): LearnerProfile[] {
  collator ??= new Intl.Collator(undefined, { sensitivity: 'base' });
  const compare = collator.compare;
  return [...learners].sort((a, b) => compare(a.nickname, b.nickname));
}
