import { ApiError } from './api';
import { words } from './words';

/** Something the page fetched: on its way, here, or refused (with what to tell the coordinator). */
export type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; message: string };

/** What went wrong with a call, for the coordinator: the server's own message, or that it did not answer. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError && error.code !== 'unreachable') return error.message;
  return words.unreachable;
}
