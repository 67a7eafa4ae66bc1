/** Wrong tries at a lock, and until when it refuses every try (ms since 1970; 0 if it does not). */
export interface LockTries {
  count: number;
  lockedUntil: number;
}

/** Wrong tries in a row before a lock stops taking tries for a while. */
export const MAX_TRIES = 5;
/** How long a lock refuses every try after MAX_TRIES wrong ones. */
export const LOCK_OUT_MS = 60_000;

export const NO_TRIES: LockTries = { count: 0, lockedUntil: 0 };

/**
 * The tries after one more wrong one at `now`. From the MAX_TRIES-th wrong try in a row, each
 * wrong try locks the lock for a minute: ten thousand PINs would take a week to try.
 */
export function afterWrongTry(tries: LockTries, now: number): LockTries {
  const count = tries.count + 1;
  return { count, lockedUntil: count >= MAX_TRIES ? now + LOCK_OUT_MS : 0 };
}

export const isLockedOut = (tries: LockTries, now: number): boolean => tries.lockedUntil > now;
