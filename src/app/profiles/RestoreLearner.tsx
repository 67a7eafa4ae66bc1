import './profiles.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatLearnerCode } from '../../core/learner';
import { useT } from '../../i18n/use-t';
import type { RestoreOutcome } from '../../sync/sync';
import { connectedToHub, loadSync, useHubStatus } from '../hub-sync';
import { learnersChanged } from '../learners-state';
import { ScreenHeading } from '../ScreenHeading';
import { CodeForm, type CodeProblem } from './CodeForm';
import { type CameraProblem, canScan, QrScanner } from './QrScanner';
import { choose } from './WhoIsLearning';

type Refusal = Extract<RestoreOutcome, { ok: false }>['reason'];

/** Reasons that are about the code as typed: the summary links back to the field. */
const CODE_AT_FAULT: ReadonlySet<Refusal> = new Set(['invalid-code', 'unknown-code']);

/**
 * A learner who started on another tablet brings their progress here with the code on their
 * learner card, typed or scanned. Their profile, lock and progress come from the hub; then they
 * sign in as on their own tablet, and carry on where they stopped.
 */
export default function RestoreLearner() {
  const t = useT();
  const status = useHubStatus(true);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<CodeProblem | null>(null);
  const [scanner, setScanner] = useState(false);
  const [scanning, setScanning] = useState(false);
  const scanButton = useRef<HTMLButtonElement>(null);
  const [stoppedScan, setStoppedScan] = useState(0);
  useEffect(() => {
    // The camera's Stop button is gone: focus goes back to the button that started it.
    if (stoppedScan) scanButton.current?.focus();
  }, [stoppedScan]);
  useEffect(() => {
    let live = true;
    void canScan().then((can) => live && setScanner(can));
    return () => {
      live = false;
    };
  }, []);

  const refuse = (message: string, atField: boolean) =>
    setProblem((last) => ({ message, atField, n: (last?.n ?? 0) + 1 }));

  const restore = async (typed: string) => {
    if (busy) return;
    if (!typed.trim()) {
      refuse(t('restore.error-empty'), true);
      return;
    }
    setBusy(true);
    let outcome: RestoreOutcome;
    try {
      outcome = await (await loadSync()).restoreLearner(typed);
    } catch {
      outcome = { ok: false, reason: 'unreachable' };
    }
    if (!outcome.ok) {
      setBusy(false);
      refuse(t(`restore.error-${outcome.reason}`), CODE_AT_FAULT.has(outcome.reason));
      return;
    }
    // The learner is on the tablet now: every tab hears of them, then they sign in with their own lock.
    const learners = await learnersChanged().catch(() => []);
    choose(learners.find((l) => l.id === outcome.learner.id) ?? outcome.learner);
  };

  const scanned = (found: string) => {
    setScanning(false);
    setCode(formatLearnerCode(found));
    void restore(found);
  };
  const cameraProblem = (why: CameraProblem) => {
    setScanning(false);
    refuse(t(why === 'refused' ? 'restore.camera-refused' : 'restore.camera-failed'), true);
  };

  const stopScan = () => {
    setScanning(false);
    setStoppedScan((n) => n + 1);
  };

  const notSetUp = status !== null && !connectedToHub(status);
  return (
    <main class="home restore" id="main">
      <a class="home-link" href="#/">
        {t('new.back')}
      </a>
      <ScreenHeading id="restore-title">{t('restore.title')}</ScreenHeading>
      {notSetUp ? (
        <p class="warning">{t(status.state === 'revoked' ? 'restore.error-revoked' : 'restore.error-not-enrolled')}</p>
      ) : (
        <>
          <p class="body-text">{t('restore.intro')}</p>
          <CodeForm
            id="restore-code"
            label={t('restore.code')}
            hint={t('restore.code-hint')}
            submit={t('restore.find')}
            busyText={t('restore.finding')}
            busy={busy}
            value={code}
            onInput={setCode}
            onSubmit={() => void restore(code)}
            problem={problem}
          >
            {scanner && !scanning && (
              <button
                type="button"
                class="button secondary"
                ref={scanButton}
                onClick={() => {
                  setProblem(null);
                  setScanning(true);
                }}
                disabled={busy}
              >
                {t('restore.scan')}
              </button>
            )}
          </CodeForm>
          {scanning && <QrScanner onCode={scanned} onProblem={cameraProblem} onStop={stopScan} />}
        </>
      )}
    </main>
  );
}
