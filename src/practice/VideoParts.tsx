import type { Highlight, Say } from './say';
import type { CallControl } from './screen-types';
import './video.css';

/**
 * A GP surgery's video consultation, as its web page shows it in the internet app. Every picture
 * of a person is drawn: practice never asks for the camera or the microphone, so nothing a
 * learner says or shows ever leaves the tablet, or is even seen by it.
 */

interface Props {
  say: Say;
  /** The key of a text of this screen: screens.<screen>.<key>. */
  k: (key: string) => string;
  hl: Highlight;
}

/** The internet app's bar above the page, with the page's address: it says where the link went. */
export function AddressBar({ address }: { address: string }) {
  return (
    <div class="pr-address-bar" lang="en" dir="ltr">
      {/* The sign a learner taps for the site's settings, where a blocked camera is let in again. */}
      <span class="pr-site-settings" aria-hidden="true" />
      <span class="pr-address-text">{address}</span>
    </div>
  );
}

/** The top of the video consultation's page: its name in words, never the NHS logo. */
export function VideoTop({ say }: { say: Say }) {
  return (
    <header class="pr-video-top">
      <span class="pr-brand">{say('common.video-name')}</span>
    </header>
  );
}

/** The internet app's question, under its address bar: may this page use the camera and microphone? */
export function Permission({ say, k, hl }: Props) {
  return (
    <div class="pr-permission">
      <p class="pr-permission-wants">
        <span class="pr-permission-marks" aria-hidden="true">
          <span class="pr-device pr-device-camera" />
          <span class="pr-device pr-device-microphone" />
        </span>
        <span>{say(k('wants'))}</span>
      </p>
      <div class="pr-permission-buttons">
        {(['block', 'allow'] as const).map((id) => (
          <button type="button" class={`pr-permission-button pr-${id}${hl(id)}`} data-target={id} key={id}>
            {say(k(id))}
          </button>
        ))}
      </div>
    </div>
  );
}

/** A drawn person in a video picture: a head and shoulders. */
function Person({ who }: { who: 'you' | 'clinician' }) {
  return (
    <span class={`pr-person pr-person-${who}`} aria-hidden="true">
      <span class="pr-person-head" />
      <span class="pr-person-body" />
    </span>
  );
}

/** The small picture of yourself before the call, and the microphone's green bars that move when it hears you. */
export function SelfView({ say, k, meter }: Omit<Props, 'hl'> & { meter?: string | undefined }) {
  return (
    <div class="pr-self-check">
      <figure class="pr-tile pr-tile-self">
        <Person who="you" />
        <figcaption class="pr-tile-name">{say('common.you')}</figcaption>
      </figure>
      {meter && (
        <div class="pr-meter">
          <span class="pr-meter-bars" aria-hidden="true">
            <span />
            <span />
            <span />
            <span />
            <span />
          </span>
          <span>{say(k(meter))}</span>
        </div>
      )}
    </div>
  );
}

/** The call itself: the clinician large, yourself small in the corner, and the call's warning if muted. */
export function CallView({ say, k, muted }: Omit<Props, 'hl'> & { muted?: boolean | undefined }) {
  return (
    <div class="pr-call">
      <div class="pr-call-stage">
        <figure class="pr-tile pr-tile-clinician">
          <Person who="clinician" />
          <figcaption class="pr-tile-name">{say(k('clinician'))}</figcaption>
        </figure>
        <figure class="pr-tile pr-tile-small">
          <Person who="you" />
          <figcaption class="pr-tile-name">{say('common.you')}</figcaption>
        </figure>
      </div>
      {/* Under the picture, not over the doctor's face, where the learner looks next: at the buttons. */}
      {muted && (
        <p class="pr-muted">
          <span class="pr-device pr-device-microphone pr-off" aria-hidden="true" />
          <span>{say(k('muted'))}</span>
        </p>
      )}
    </div>
  );
}

/** A call's buttons: microphone, camera, and the red one to leave. A crossed-out mark is one that is off. */
export function CallControls({ items, say, k, hl }: Props & { items: readonly CallControl[] }) {
  return (
    <div class="pr-call-controls">
      {items.map(({ id, icon, off }) => (
        <button
          type="button"
          class={`pr-call-button pr-call-${icon}${off ? ' pr-off' : ''}${hl(id)}`}
          data-target={id}
          key={id}
        >
          <span class={`pr-device pr-device-${icon}${off ? ' pr-off' : ''}`} aria-hidden="true" />
          <span class="pr-call-words">{say([k(id), `common.${id}`])}</span>
        </button>
      ))}
    </div>
  );
}
