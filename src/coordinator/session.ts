/**
 * The coordinator's session token, in sessionStorage: it lasts while the tab is open (a reload
 * keeps the coordinator signed in) and goes with the tab, so a hub laptop left with the browser
 * closed is signed out. The server ends it too, after a working day.
 */
const KEY = 'hubsteps-coordinator-session';

export function savedToken(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function saveToken(token: string): void {
  try {
    sessionStorage.setItem(KEY, token);
  } catch {
    // Storage refused (a private window with no storage): signed in for as long as the page is open.
  }
}

export function forgetToken(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Nothing was kept.
  }
}
