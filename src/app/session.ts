import { observable } from '../offline/observable';

/** Who is signed in on this tab, in sessionStorage: kept across a reload, never shared with another tab. */
export const SESSION_KEY = 'hubsteps.session';
const IDLE_KEY = 'hubsteps.idle-minutes';
export const DEFAULT_IDLE_MINUTES = 10;

interface Session {
  learnerId: string;
  lastActive: number;
}

/** Minutes without a tap before the learner is signed out; a tablet-wide setting. */
export function idleMinutes(): number {
  const stored = Number(localStorage.getItem(IDLE_KEY));
  return stored > 0 ? stored : DEFAULT_IDLE_MINUTES;
}

export function setIdleMinutes(minutes: number): void {
  localStorage.setItem(IDLE_KEY, String(minutes));
}

function read(): string | null {
  try {
    const session = JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? 'null') as Session | null;
    // A reload keeps the learner signed in, unless they had already been away too long.
    if (session && Date.now() - session.lastActive < idleMinutes() * 60_000) return session.learnerId;
  } catch {
    // Unreadable: nobody is signed in.
  }
  return null;
}

/** Who is signed in on this tab, if anyone. */
export const signedIn = observable<string | null>(read());

export function signIn(learnerId: string): void {
  sessionStorage.setItem(SESSION_KEY, JSON.stringify({ learnerId, lastActive: Date.now() } satisfies Session));
  signedIn.set(learnerId);
}

export function signOut(): void {
  sessionStorage.removeItem(SESSION_KEY);
  signedIn.set(null);
}

/**
 * Whether a volunteer has unlocked the volunteer screens on this tab. Never kept across a
 * reload; locked again on leaving settings, and by the idle sign-out.
 */
export const volunteerUnlocked = observable(false);

/** Whether the tablet has a volunteer PIN yet (read as the app starts; null until then). */
export const volunteerLockSet = observable<boolean | null>(null);

/** Notes that the learner is still using the tablet (kept across a reload). */
export function touchSession(): void {
  const learnerId = signedIn.get();
  if (learnerId)
    sessionStorage.setItem(SESSION_KEY, JSON.stringify({ learnerId, lastActive: Date.now() } satisfies Session));
}
