/**
 * The sync client as the screens see it, controlled by the tests: `vi.mock('../../src/sync/sync',
 * () => import('./fake-sync'))`. Its status is set by the test; its calls answer what the test says.
 */
import { act } from '@testing-library/preact';
import { vi } from 'vitest';
import { observable } from '../../src/core/observable';
import type * as Sync from '../../src/sync/sync';

export type SyncStatus = Sync.SyncStatus;

export const NOT_ENROLLED: SyncStatus = {
  enrolled: false,
  hubName: null,
  state: 'not-enrolled',
  waiting: 0,
  waitingByLearner: {},
  lastSyncedAt: null,
};

export const HUB_NAME = 'Riverside Library hub';

/** An enrolled tablet with nothing waiting, never synced, unless the test says otherwise. */
export const enrolled = (status: Partial<SyncStatus> = {}): SyncStatus => ({
  enrolled: true,
  hubName: HUB_NAME,
  state: 'idle',
  waiting: 0,
  waitingByLearner: {},
  lastSyncedAt: null,
  ...status,
});

export const syncStatus = observable<SyncStatus>(NOT_ENROLLED);
export const startSync = vi.fn<typeof Sync.startSync>();
export const syncNow = vi.fn<typeof Sync.syncNow>();
export const enrolTablet = vi.fn<typeof Sync.enrolTablet>();
export const restoreLearner = vi.fn<typeof Sync.restoreLearner>();

/** The tablet's status changes, as the client would tell it. */
export function setStatus(status: SyncStatus): void {
  act(() => syncStatus.set(status));
}

/** A tablet that has never been set up for the hub, whose calls have not been answered yet. */
export function resetFakeSync(status: SyncStatus = NOT_ENROLLED): void {
  syncStatus.set(status);
  for (const fn of [startSync, syncNow, enrolTablet, restoreLearner]) fn.mockReset();
  syncNow.mockResolvedValue(undefined);
  enrolTablet.mockResolvedValue({ ok: false, reason: 'unreachable' });
  restoreLearner.mockResolvedValue({ ok: false, reason: 'unreachable' });
}
