import type { ComponentChildren } from 'preact';
import type { Highlight, Say } from './say';
import type { WifiNetwork } from './screen-types';
import './settings.css';

/**
 * The thin bar at the very top of a tablet: the time and, once it is on a network, the Wi-Fi fan.
 * Drawn, not read from the real tablet: it shows what the lesson is teaching at that moment. An
 * app's name may sit in it (the app store's), so the page below keeps its room for the keyboard.
 */
export function StatusBar({ online, children }: { online: boolean; children?: ComponentChildren }) {
  return (
    <div class="pr-status">
      <span lang="en" dir="ltr" aria-hidden="true">
        10:30
      </span>
      {children}
      {online ? <WifiFan class="pr-status-fan" /> : <span />}
    </div>
  );
}

/** The Wi-Fi "fan": a dot and three arcs. The more arcs are dark, the stronger the signal. */
export function WifiFan({ class: className, bars = 3 }: { class: string; bars?: 1 | 2 | 3 }) {
  const arc = (n: number) => (n <= bars ? 'currentColor' : '#c9d1d6');
  return (
    <svg class={className} viewBox="0 0 24 18" aria-hidden="true" focusable="false">
      <path d="M1 6.5a16 16 0 0 1 22 0" fill="none" stroke={arc(3)} stroke-width="2.6" stroke-linecap="round" />
      <path d="M5 10.5a10.5 10.5 0 0 1 14 0" fill="none" stroke={arc(2)} stroke-width="2.6" stroke-linecap="round" />
      <path d="M8.8 14.2a5 5 0 0 1 6.4 0" fill="none" stroke={arc(1)} stroke-width="2.6" stroke-linecap="round" />
      <circle cx="12" cy="16.6" r="1.4" fill="currentColor" />
    </svg>
  );
}

function Padlock() {
  return (
    <svg class="pr-net-lock" viewBox="0 0 16 20" aria-hidden="true" focusable="false">
      <path d="M4 9V6a4 4 0 0 1 8 0v3" fill="none" stroke="currentColor" stroke-width="2.2" />
      <rect x="1.5" y="9" width="13" height="10" rx="2" fill="currentColor" />
    </svg>
  );
}

/**
 * The networks in range, as a tablet's Wi-Fi page lists them: the name (the whole row is its
 * button, as on a tablet), a padlock where a password is needed, and the signal. The one joined
 * has a tick and "Connected". Tapping a row only names it: nothing joins anything.
 */
export function Networks({
  items,
  say,
  k,
  hl,
}: {
  items: readonly WifiNetwork[];
  say: Say;
  /** The key of a text of this screen: screens.<screen>.<key>. */
  k: (key: string) => string;
  hl: Highlight;
}) {
  // The signal of each, strongest first as the list is in order: a real list varies; this one is fixed.
  const bars = (i: number): 1 | 2 | 3 => (i === 0 ? 3 : i === 1 ? 2 : i === 2 ? 2 : 1);
  return (
    <ul class="pr-networks">
      {items.map((net, i) => (
        <li key={net.id} class={`pr-net${net.joined ? ' pr-net-joined' : ''}${hl(net.id)}`}>
          <span class="pr-net-tick" aria-hidden="true">
            {net.joined ? '✓' : ''}
          </span>
          <span class="pr-net-words">
            <button type="button" class="pr-row-button pr-net-name" data-target={net.id}>
              {say(k(net.id))}
            </button>
            {net.joined && <span class="pr-net-state">{say(k('connected'))}</span>}
          </span>
          {net.locked && <Padlock />}
          <WifiFan class="pr-net-fan" bars={bars(i)} />
        </li>
      ))}
    </ul>
  );
}
