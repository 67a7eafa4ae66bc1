import { encode } from 'uqr';
import { formatLearnerCode, type LearnerProfile } from '../../core/learner';
import { useT } from '../../i18n/use-t';
import { connectedToHub, useHubStatus } from '../hub-sync';
import { ProfilePicture } from './ProfilePicture';
import './learner-card.css';
import { ScreenHeading } from '../ScreenHeading';

/** The QR code of a learner code, drawn as one SVG path of dark squares. */
function QrCode({ text, label }: { text: string; label: string }) {
  const { data, size } = encode(text, { ecc: 'M', border: 2 });
  let d = '';
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    });
  });
  return (
    <svg class="qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shape-rendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}

/** A printable A6 card: nickname, picture, learner code and its QR code. */
export default function LearnerCard({ profile }: { profile: LearnerProfile }) {
  const t = useT();
  const code = formatLearnerCode(profile.code);
  // The card promises that progress follows the learner only where that is true: a tablet set up for the hub.
  const follows = connectedToHub(useHubStatus(true));
  return (
    <main class="home card-page" id="main">
      <a class="home-link no-print" href="#/">
        {t('card.home')}
      </a>
      <ScreenHeading class="no-print">{t('card.title')}</ScreenHeading>
      <p class="body-text no-print">{t(follows ? 'card.why' : 'card.why-here')}</p>
      <section class="learner-card" aria-label={t('card.title')}>
        <p class="card-brand">Hubsteps</p>
        <div class="card-who">
          <ProfilePicture name={profile.avatar} size={80} />
          <p class="card-name">{profile.nickname}</p>
        </div>
        <p class="card-code-label">{t('card.code')}</p>
        <p class="card-code">{code}</p>
        <QrCode text={profile.code} label={t('card.qr', { code })} />
        <p class="card-keep">{t(follows ? 'card.keep' : 'card.keep-here')}</p>
      </section>
      <p class="no-print button-row">
        <button type="button" class="button primary" onClick={() => print()}>
          {t('card.print')}
        </button>
        <a class="button secondary" href="#/">
          {t('card.start')}
        </a>
      </p>
    </main>
  );
}
