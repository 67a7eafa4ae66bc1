import { useEffect, useState } from 'preact/hooks';
import { ScreenHeading } from '../app/ScreenHeading';
import { type EnrolmentCode, getHub, type Hub, listTablets, makeEnrolmentCode, type Tablet } from './api';
import type { Run } from './Coordinator';
import { type Loaded, messageOf } from './loaded';
import { TabletsTable } from './TabletsTable';
import { WifiSetting } from './WifiSetting';
import { words } from './words';

interface Props {
  run: Run;
  now: () => Date;
  /** What the last screen did (a tablet revoked). */
  notice: string | null;
  onCode: (code: EnrolmentCode) => void;
  onRevoke: (tablet: Tablet) => void;
}

/** The hub: its tablets, a new enrolment code, and the hub's setting. */
export function HubScreen({ run, now, notice, onCode, onRevoke }: Props) {
  const [tablets, setTablets] = useState<Loaded<Tablet[]>>({ state: 'loading' });
  const [hub, setHub] = useState<Loaded<Hub>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [making, setMaking] = useState(false);
  const [codeProblem, setCodeProblem] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setTablets({ state: 'loading' });
    run(listTablets).then(
      (value) => live && setTablets({ state: 'ready', value }),
      (error: unknown) => live && setTablets({ state: 'failed', message: messageOf(error) }),
    );
    return () => {
      live = false;
    };
  }, [run, attempt]);

  useEffect(() => {
    let live = true;
    run(getHub).then(
      (value) => live && setHub({ state: 'ready', value }),
      (error: unknown) => live && setHub({ state: 'failed', message: messageOf(error) }),
    );
    return () => {
      live = false;
    };
  }, [run]);

  const makeCode = async () => {
    if (making) return;
    setMaking(true);
    setCodeProblem(null);
    try {
      onCode(await run(makeEnrolmentCode));
    } catch (error) {
      setMaking(false);
      setCodeProblem(messageOf(error));
    }
  };

  const title = hub.state === 'ready' ? hub.value.name : words.hub.fallbackTitle;
  return (
    <>
      <ScreenHeading>{title}</ScreenHeading>
      {notice && (
        <p class="co-notice co-success" role="status">
          {notice}
        </p>
      )}

      <section aria-labelledby="tablets-title" class="co-section">
        <h2 id="tablets-title">{words.hub.tabletsTitle}</h2>
        <button type="button" class="co-button co-primary" aria-disabled={making ? true : undefined} onClick={makeCode}>
          {making ? words.hub.makingCode : words.hub.makeCode}
        </button>
        {codeProblem && (
          <p class="co-problem" role="alert">
            {codeProblem}
          </p>
        )}
        {tablets.state === 'loading' && <p class="co-loading">{words.hub.loading}</p>}
        {tablets.state === 'failed' && (
          <div class="co-problem" role="alert">
            <p>{tablets.message}</p>
            <button type="button" class="co-button co-secondary co-small" onClick={() => setAttempt((n) => n + 1)}>
              {words.tryAgain}
            </button>
          </div>
        )}
        {tablets.state === 'ready' &&
          (tablets.value.length === 0 ? (
            <p>{words.hub.noTablets}</p>
          ) : (
            <TabletsTable tablets={tablets.value} now={now()} onRevoke={onRevoke} />
          ))}
      </section>

      <section aria-labelledby="settings-title" class="co-section">
        <h2 id="settings-title">{words.settings.title}</h2>
        {hub.state === 'loading' && <p class="co-loading">{words.hub.loading}</p>}
        {hub.state === 'failed' && <p>{words.settings.notLoaded}</p>}
        {hub.state === 'ready' && (
          <WifiSetting run={run} wifiOnly={hub.value.wifiOnly} onSaved={(value) => setHub({ state: 'ready', value })} />
        )}
      </section>
    </>
  );
}
