import { signOut } from './api';
import { words } from './words';

interface Props {
  token: string;
  onSignedOut: () => void;
}

/** The page's banner while signed in: what this is, and signing out. */
export function SignedInHeader({ token, onSignedOut }: Props) {
  const leave = () => {
    // Signed out on this page whatever the server says: at worst the session runs out on its own.
    void signOut(token).catch(() => {});
    onSignedOut();
  };
  return (
    <header class="co-header">
      <p class="co-brand">
        {words.site} <span class="co-brand-for">{words.siteFor}</span>
      </p>
      <button type="button" class="co-button co-secondary co-small" onClick={leave}>
        {words.signOut}
      </button>
    </header>
  );
}
