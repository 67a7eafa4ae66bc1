/**
 * Secrets the server hands out or is told, and the forms it keeps of them. Tokens and codes are
 * kept only as SHA-256: they are long and random (or short-lived and one-time), so a fast hash
 * is enough and lets a lookup find them. Passwords are chosen by people, so they are kept as
 * scrypt (node:crypto, no native add-on) with a salt of their own and compared in constant time.
 */
import { createHash, randomBytes, randomInt, scrypt, timingSafeEqual } from 'node:crypto';
import { CODE_ALPHABET } from '../core/learner';

/** A bearer token: 32 random bytes, URL-safe base64 (43 characters). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The form a token or code is stored and looked up in. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * A code to type on a tablet: from the learner code's alphabet (no 0/O, 1/I/L), so it reads
 * aloud and types without mistakes. randomInt draws without bias.
 */
export function newTypedCode(length: number): string {
  let code = '';
  while (code.length < length) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/**
 * scrypt's cost: N = 2^15, r = 8, p = 1 uses 32 MiB and tens of milliseconds, within OWASP's
 * advice. Kept in each stored hash, so it can rise without locking anyone out.
 */
const COST = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_BYTES = 32;
const SALT_BYTES = 16;

function derive(password: string, salt: Buffer, cost: { N: number; r: number; p: number }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // maxmem above 128·N·r, which Node otherwise refuses at N = 2^15.
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, { ...cost, maxmem: 256 * cost.N * cost.r }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** `scrypt$N$r$p$salt$key`, salt and key in base64. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, COST);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** A stored hash nobody's password matches: checked against when the email is unknown, to take as long. */
const NOBODY = `scrypt$${COST.N}$${COST.r}$${COST.p}$${Buffer.alloc(SALT_BYTES).toString('base64')}$${Buffer.alloc(KEY_BYTES).toString('base64')}`;

/** Whether the password is the one stored; false for a hash in an unknown form. */
export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const parts = (stored ?? NOBODY).split('$');
  const [scheme, n, r, p, salt, key] = parts;
  if (parts.length !== 6 || scheme !== 'scrypt' || !salt || !key) return false;
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  if (![cost.N, cost.r, cost.p].every((x) => Number.isSafeInteger(x) && x > 0)) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await derive(password, Buffer.from(salt, 'base64'), cost);
  return stored !== null && expected.length === actual.length && timingSafeEqual(expected, actual);
}
