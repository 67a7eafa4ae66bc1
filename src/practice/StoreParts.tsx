import type { Highlight, Say } from './say';
import type { AppIcon, StoreApp } from './screen-types';
import './store.css';

/** An app store's name, in words: neither the App Store's nor Google Play's own. */
export function StoreName({ say }: { say: Say }) {
  return (
    <span class="pr-store-top">
      <span class="pr-store-bag" aria-hidden="true" />
      <span class="pr-store-name">{say('common.store-name')}</span>
    </span>
  );
}

/**
 * An app's picture: drawn shapes, never a real logo. The copy looks like the real one on purpose,
 * as copies do: only who made it tells them apart.
 */
export function AppPicture({ icon }: { icon: AppIcon }) {
  return (
    <svg class={`pr-app-icon pr-app-icon-${icon}`} viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <rect width="48" height="48" rx="11" class="pr-app-icon-bg" />
      {icon === 'steps-green' ? (
        <path d="M12 34l8-9 7 6 10-14" fill="none" stroke="#fff" stroke-width="5" stroke-linecap="round" />
      ) : (
        <path
          d="M24 38s-13-7.5-13-17a7 7 0 0 1 13-3.6A7 7 0 0 1 37 21c0 9.5-13 17-13 17z"
          fill="#fff"
          transform={icon === 'lookalike' ? 'rotate(-8 24 26)' : undefined}
        />
      )}
    </svg>
  );
}

/**
 * Search results, as a store lists them: the app's picture, its name and who made it. The whole
 * row is the app's button, as in a store. Nothing is fetched or installed.
 */
export function AppResults({
  items,
  say,
  k,
  hl,
}: {
  items: readonly StoreApp[];
  say: Say;
  /** The key of a text of this screen: screens.<screen>.<key>. */
  k: (key: string) => string;
  hl: Highlight;
}) {
  return (
    <ul class="pr-store-results">
      {items.map((app) => (
        <li key={app.id} class={`pr-store-row${hl(app.id)}`}>
          <AppPicture icon={app.icon} />
          <span class="pr-store-words">
            <button type="button" class="pr-row-button pr-store-app-name" data-target={app.id}>
              {say(k(`${app.id}.name`))}
            </button>
            <span class="pr-store-maker">{say(k(`${app.id}.maker`))}</span>
          </span>
          <span class="pr-chevron" aria-hidden="true" />
        </li>
      ))}
    </ul>
  );
}

/** The top of an app's page in a store: its picture, and who made it under the name (the title). */
export function AppHeader({ icon, say, k }: { icon: AppIcon; say: Say; k: (key: string) => string }) {
  return (
    <div class="pr-store-header">
      <AppPicture icon={icon} />
      <p class="pr-store-maker pr-store-maker-big">{say(k('maker'))}</p>
    </div>
  );
}
