import { act, render, screen } from '@testing-library/preact';
import { beforeAll, describe, expect, it } from 'vitest';
import { OfflineReadiness } from '../../src/app/OfflineReadiness';
import { startI18n } from '../../src/i18n/i18n';
import { offlineState, patchOfflineState } from '../../src/offline/offline-state';
import { words } from '../content';

const ui = (key: string) => words('ui', key);
const known = [ui('offline.ready'), ui('offline.not-ready')];

beforeAll(async () => {
  await startI18n();
});

describe('whether the tablet is ready offline', () => {
  it('is not said until the service worker and the packs have been checked', () => {
    offlineState.set({ shellReady: true, packsProgress: null, updateReady: false, outdated: false, checked: false });
    const { container } = render(<OfflineReadiness />);
    expect(container.textContent).toBe('');
    for (const text of known) expect(screen.queryByText(text)).toBeNull();

    act(() => patchOfflineState({ packsProgress: 1, checked: true }));
    expect(screen.getByText(ui('offline.ready'))).toBeTruthy();
  });

  it('says it is not ready once the check found it is not', () => {
    offlineState.set({ shellReady: false, packsProgress: null, updateReady: false, outdated: false, checked: false });
    render(<OfflineReadiness />);
    act(() => patchOfflineState({ checked: true }));
    expect(screen.getByText(ui('offline.not-ready'))).toBeTruthy();
  });
});
