import type { Say } from './say';
import './login.css';

/**
 * The top of an NHS website page (NHS login, NHS 111 online): the blue NHS header with the
 * service's name. Written out in words, never the NHS logo, so a practice page cannot pass for
 * the real one.
 */
export function LoginTop({ say, name = 'common.login-name' }: { say: Say; name?: string }) {
  return (
    <header class="nhsuk-header pr-login-top">
      <div class="nhsuk-header__container pr-top-inner">
        <span class="nhsuk-header__service-name pr-brand">{say(name)}</span>
      </div>
    </header>
  );
}

/**
 * What the camera shows during the face scan: a dark view with a circle to put a face in. Only a
 * drawing: practice never turns the camera on.
 */
export function FaceCircle() {
  return (
    <div class="pr-face-view" aria-hidden="true">
      <div class="pr-face-circle">
        <span class="pr-face-head" />
        <span class="pr-face-shoulders" />
      </div>
    </div>
  );
}
