import { act, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { InstallSection } from '../../src/app/settings/InstallSection';
import { loadNamespaces, startI18n } from '../../src/i18n/i18n';
import { installOffer, listenForInstallOffer } from '../../src/offline/install';
import { words } from '../content';

const ui = (key: string) => words('ui', key);

beforeAll(async () => {
  await startI18n();
  // Settings' words load with the settings screen.
  await loadNamespaces(['volunteer']);
  listenForInstallOffer();
});

describe('putting Hubsteps on the home screen', () => {
  it('shows the iPad steps where the browser offers no install prompt', () => {
    installOffer.set(null);
    render(<InstallSection />);
    expect(screen.getByRole('heading', { name: ui('install.ipad-title') })).toBeTruthy();
    expect(screen.getByText(ui('install.ipad-share'))).toBeTruthy();
    expect(screen.getByText(ui('install.ipad-add'))).toBeTruthy();
    expect(screen.queryByRole('button', { name: ui('install.button') })).toBeNull();
  });

  it("uses the browser's own install prompt where there is one", async () => {
    render(<InstallSection />);
    const prompt = vi.fn(async () => {});
    const offer = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
      prompt,
      userChoice: Promise.resolve({ outcome: 'accepted' as const }),
    });
    act(() => {
      window.dispatchEvent(offer);
    });
    expect(offer.defaultPrevented).toBe(true);
    await userEvent.setup().click(screen.getByRole('button', { name: ui('install.button') }));
    expect(prompt).toHaveBeenCalledOnce();
    await screen.findByText(ui('install.done'));
  });
});
