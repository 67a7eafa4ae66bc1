/**
 * Whether a write failed because the tablet's storage is full (every engine names it
 * QuotaExceededError, on the request, the transaction or the write that threw at once).
 */
export function isDiskFull(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'name' in error && error.name === 'QuotaExceededError';
}
