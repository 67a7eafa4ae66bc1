import type { LearnerSecret } from '../../core/learner';

const hex = (bytes: ArrayBuffer | Uint8Array) =>
  [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

async function digest(salt: string, value: string): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${salt}:${value}`)));
}

/**
 * Keeps a PIN or picture password only as a salted hash. On a shared tablet this stops a
 * casual look at someone else's progress; it is not a bank-grade secret (a PIN has 10,000 values).
 */
export async function makeSecret(kind: LearnerSecret['kind'], value: string): Promise<LearnerSecret> {
  const salt = hex(crypto.getRandomValues(new Uint8Array(16)));
  return { kind, salt, hash: await digest(salt, value) };
}

export async function secretMatches(secret: LearnerSecret, value: string): Promise<boolean> {
  return (await digest(secret.salt, value)) === secret.hash;
}
