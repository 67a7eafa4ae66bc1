import type { LearnerSecret, LockKind } from '../../core/learner';

/**
 * PBKDF2-SHA-256 rounds for a new lock. A PIN or a picture password has at most 10,000 values,
 * so only the cost of each try protects it from someone who copies the tablet's data. Measured
 * by `npm run bench -- lock` in Chromium on the 2-core machine the benchmarks run on: 300,000
 * rounds take 40.8 ms, and 42.8 ms with the CPU slowed 4× (DevTools' slow-down does not reach
 * WebCrypto, which runs off the page's main thread); on a tablet 4× slower than that machine, as
 * the other budgets assume, about 163 ms. Kept with each lock, so it can rise later: a lock with
 * fewer rounds is made again the next time its owner unlocks it.
 */
export const PBKDF2_ITERATIONS = 300_000;

const hex = (bytes: ArrayBuffer | Uint8Array) =>
  [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

/** The slow derivation: 256 bits of PBKDF2-SHA-256 over the value, with the lock's own salt. */
async function pbkdf2(value: string, salt: string, iterations: number): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(value), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: new TextEncoder().encode(salt), iterations },
    key,
    256,
  );
  return hex(bits);
}

/** The fast form locks had before: one SHA-256 of the salt and the value. */
async function sha256(salt: string, value: string): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${salt}:${value}`)));
}

/** Keeps a PIN or picture password only as its slow derivation, with a salt of its own. */
export async function makeSecret(
  kind: LockKind,
  value: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<LearnerSecret> {
  const salt = hex(crypto.getRandomValues(new Uint8Array(16)));
  return { kind, algo: 'pbkdf2-sha256', iterations, salt, hash: await pbkdf2(value, salt, iterations) };
}

export async function secretMatches(secret: LearnerSecret, value: string): Promise<boolean> {
  const hash =
    secret.algo === 'pbkdf2-sha256'
      ? await pbkdf2(value, secret.salt, secret.iterations)
      : await sha256(secret.salt, value);
  return hash === secret.hash;
}

/** A lock kept in an older, faster form than a new one would be: make it again once it is unlocked. */
export const needsUpgrade = (secret: LearnerSecret): boolean =>
  secret.algo !== 'pbkdf2-sha256' || secret.iterations < PBKDF2_ITERATIONS;
