import { useMemo, useState } from 'preact/hooks';
import { type EnrolmentCode, SessionEnded, type Tablet } from './api';
import { CodeScreen } from './CodeScreen';
import { HubScreen } from './HubScreen';
import { RevokeScreen } from './RevokeScreen';
import { SignedInHeader } from './SignedInHeader';
import { SignIn } from './SignIn';
import { forgetToken, savedToken, saveToken } from './session';
import { words } from './words';

type Screen =
  | { name: 'sign-in'; notice: string | null }
  | { name: 'hub'; notice: string | null }
  | { name: 'code'; code: EnrolmentCode }
  | { name: 'revoke'; tablet: Tablet };

/**
 * A call the signed-in coordinator makes with their session token. If the server says the session
 * is over (401), the page goes back to signing in and the call never settles: the screen that
 * made it is gone, and has nothing more to do.
 */
export type Run = <T>(call: (token: string) => Promise<T>) => Promise<T>;

interface Props {
  /** The clock that "3 hours ago" and "valid until … tomorrow" are read by (tests fix it). */
  now?: () => Date;
}

/** The coordinator's page: sign in, then the hub's tablets, enrolment codes and settings. */
export function Coordinator({ now = () => new Date() }: Props) {
  const [token, setToken] = useState<string | null>(savedToken);
  const [screen, setScreen] = useState<Screen>(() =>
    token === null ? { name: 'sign-in', notice: null } : { name: 'hub', notice: null },
  );

  const toSignIn = (notice: string) => {
    forgetToken();
    setToken(null);
    setScreen({ name: 'sign-in', notice });
  };

  const run = useMemo<Run>(
    () =>
      <T,>(call: (token: string) => Promise<T>): Promise<T> =>
        token === null
          ? new Promise<T>(() => {})
          : call(token).catch((error: unknown) => {
              if (!(error instanceof SessionEnded)) throw error;
              toSignIn(words.signIn.sessionEnded);
              return new Promise<T>(() => {});
            }),
    [token],
  );

  if (token === null || screen.name === 'sign-in') {
    const notice = screen.name === 'sign-in' ? screen.notice : null;
    return (
      <SignIn
        notice={notice}
        onSignedIn={(signedIn) => {
          saveToken(signedIn);
          setToken(signedIn);
          setScreen({ name: 'hub', notice: null });
        }}
      />
    );
  }

  const toHub = (notice: string | null = null) => setScreen({ name: 'hub', notice });
  return (
    <>
      <SignedInHeader token={token} onSignedOut={() => toSignIn(words.signIn.signedOut)} />
      <main id="main" class="co-main">
        {screen.name === 'hub' && (
          <HubScreen
            run={run}
            now={now}
            notice={screen.notice}
            onCode={(code) => setScreen({ name: 'code', code })}
            onRevoke={(tablet) => setScreen({ name: 'revoke', tablet })}
          />
        )}
        {screen.name === 'code' && <CodeScreen code={screen.code} now={now} onDone={() => toHub()} />}
        {screen.name === 'revoke' && <RevokeScreen tablet={screen.tablet} run={run} onDone={toHub} />}
      </main>
    </>
  );
}
