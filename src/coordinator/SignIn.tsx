import { useState } from 'preact/hooks';
import { ScreenHeading } from '../app/ScreenHeading';
import { ApiError, signIn } from './api';
import { ErrorSummary, type Problem } from './ErrorSummary';
import { words } from './words';

interface Props {
  /** Why the coordinator is here again: signed out, or the session ended. */
  notice: string | null;
  onSignedIn: (token: string) => void;
}

/** What a refused sign-in means for the coordinator, in plain words. */
function refusal(error: unknown): Problem {
  if (!(error instanceof ApiError)) return { text: words.unreachable };
  switch (error.code) {
    case 'wrong-credentials':
      return { text: words.signIn.wrong, field: 'password' };
    case 'too-many-tries':
    case 'too-many-requests':
      return {
        text:
          error.retryAfterSeconds === null
            ? words.signIn.tooManyTriesLater
            : words.signIn.tooManyTries(words.minutes(Math.ceil(error.retryAfterSeconds / 60))),
      };
    case 'unreachable':
      return { text: words.unreachable };
    default:
      // Anything else the server refuses, as it says it.
      return { text: error.message };
  }
}

export function SignIn({ notice, onSignedIn }: Props) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const missing: Problem[] = [];
    if (email.trim() === '') missing.push({ text: words.signIn.noEmail, field: 'email' });
    if (password === '') missing.push({ text: words.signIn.noPassword, field: 'password' });
    if (missing.length > 0) {
      setProblems(missing);
      return;
    }
    setBusy(true);
    try {
      const session = await signIn(email.trim(), password);
      onSignedIn(session.token);
    } catch (error) {
      setBusy(false);
      setProblems([refusal(error)]);
    }
  };

  const problemOf = (field: string) => problems.find((p) => p.field === field);
  const emailProblem = problemOf('email');
  const passwordProblem = problemOf('password');

  return (
    <main id="main" class="co-main co-narrow">
      <p class="co-brand">
        {words.site} <span class="co-brand-for">{words.siteFor}</span>
      </p>
      {problems.length > 0 && <ErrorSummary problems={problems} />}
      <ScreenHeading>{words.signIn.title}</ScreenHeading>
      {notice && <p class="co-notice">{notice}</p>}
      <p>{words.signIn.intro}</p>
      <form noValidate onSubmit={submit}>
        <div class={`co-field${emailProblem ? ' co-field-error' : ''}`}>
          <label for="email">{words.signIn.email}</label>
          {emailProblem && (
            <p class="co-field-message" id="email-error">
              {emailProblem.text}
            </p>
          )}
          <input
            id="email"
            type="email"
            autocomplete="username"
            spellcheck={false}
            value={email}
            aria-invalid={emailProblem ? true : undefined}
            aria-describedby={emailProblem ? 'email-error' : undefined}
            onInput={(e) => setEmail(e.currentTarget.value)}
          />
        </div>
        <div class={`co-field${passwordProblem ? ' co-field-error' : ''}`}>
          <label for="password">{words.signIn.password}</label>
          {passwordProblem && (
            <p class="co-field-message" id="password-error">
              {passwordProblem.text}
            </p>
          )}
          <input
            id="password"
            type="password"
            autocomplete="current-password"
            value={password}
            aria-invalid={passwordProblem ? true : undefined}
            aria-describedby={passwordProblem ? 'password-error' : undefined}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
        </div>
        <button type="submit" class="co-button co-primary" aria-disabled={busy ? true : undefined}>
          {busy ? words.signIn.signingIn : words.signIn.submit}
        </button>
      </form>
    </main>
  );
}
