import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import { useObservable } from '../../offline/observable';
import type { EnrolOutcome, SyncStatus } from '../../sync/sync';
import { HubStatus } from '../HubStatus';
import { connectedToHub, hubStatus, loadSync, syncMissing, useHubStatus } from '../hub-sync';
import { CodeForm, type CodeProblem } from '../profiles/CodeForm';

type Refusal = Extract<EnrolOutcome, { ok: false }>['reason'];

/** Reasons that are about the code as typed: the summary links back to the field. */
const CODE_AT_FAULT: ReadonlySet<Refusal> = new Set(['invalid-code', 'unknown-code', 'expired-code', 'used-code']);

/** A volunteer types the coordinator's code, and the tablet joins the hub. */
function EnrolForm({ revoked, onEnrolled }: { revoked: boolean; onEnrolled: (hubName: string) => void }) {
  const t = useT();
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<CodeProblem | null>(null);
  const refuse = (message: string, atField: boolean) =>
    setProblem((last) => ({ message, atField, n: (last?.n ?? 0) + 1 }));

  const enrol = async () => {
    if (!code.trim()) {
      refuse(t('hub-setup.error-empty'), true);
      return;
    }
    setBusy(true);
    let outcome: EnrolOutcome;
    try {
      outcome = await (await loadSync()).enrolTablet(code);
    } catch {
      outcome = { ok: false, reason: 'unreachable' };
    }
    setBusy(false);
    if (outcome.ok) {
      setProblem(null);
      onEnrolled(outcome.hubName);
    } else {
      refuse(t(`hub-setup.error-${outcome.reason}`), CODE_AT_FAULT.has(outcome.reason));
    }
  };

  return (
    <div class="hub-enrol">
      <h3>{t('hub-setup.setup-title')}</h3>
      {revoked && <p>{t('hub-setup.again')}</p>}
      <CodeForm
        id="hub-code"
        label={t('hub-setup.code')}
        hint={t('hub-setup.code-hint')}
        submit={t('hub-setup.set-up')}
        busyText={t('hub-setup.setting-up')}
        busy={busy}
        value={code}
        onInput={setCode}
        onSubmit={() => void enrol()}
        problem={problem}
      />
    </div>
  );
}

/** What "Sync now" did, said plainly from the status it left. */
function afterSync(status: SyncStatus): string {
  if (status.state === 'revoked') return 'hub.revoked';
  if (status.state === 'unreachable') return 'hub-setup.sync-unreachable';
  if (status.state === 'waiting-for-wifi' && status.waiting > 0) return 'hub-setup.sync-wifi';
  return status.waiting > 0 ? 'hub-setup.synced-waiting' : 'hub-setup.synced';
}

/** The hub this tablet belongs to, its progress, and "Sync now". */
function Connected({ status, onSynced }: { status: SyncStatus; onSynced: (after: SyncStatus | null) => void }) {
  const t = useT();
  const [sending, setSending] = useState(false);
  const sync = async () => {
    if (sending) return;
    setSending(true);
    // Cleared, so that the same words after this send are heard again.
    onSynced(null);
    try {
      await (await loadSync()).syncNow();
    } finally {
      setSending(false);
      onSynced(hubStatus.get() ?? status);
    }
  };
  return (
    <>
      <dl class="facts">
        <div>
          <dt>{t('hub-setup.hub-name')}</dt>
          <dd>{status.hubName}</dd>
        </div>
      </dl>
      <HubStatus />
      <p class="button-row">
        <button
          type="button"
          class="button secondary"
          aria-disabled={sending ? 'true' : undefined}
          onClick={() => void sync()}
        >
          {sending ? t('hub.sending') : t('hub-setup.sync-now')}
        </button>
      </p>
    </>
  );
}

/**
 * For volunteers: whether this tablet is set up for the hub, so that learners' progress follows
 * them to other tablets; setting it up with the coordinator's code; and sending progress now.
 */
export function HubSection() {
  const t = useT();
  const status = useHubStatus(true);
  const missing = useObservable(syncMissing);
  // What the last set-up or "Sync now" did; `focus` when the control used is gone from the screen.
  const [said, setSaid] = useState<{ words: string; focus: boolean } | null>(null);
  const saidRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (said?.focus) saidRef.current?.focus();
  }, [said]);
  const synced = (after: SyncStatus | null) =>
    setSaid(after && { words: t(afterSync(after), { count: after.waiting }), focus: !connectedToHub(after) });
  return (
    <section class="settings-section" aria-labelledby="hub-title">
      <h2 id="hub-title">{t('hub-setup.title')}</h2>
      <p role="status" tabIndex={-1} ref={saidRef}>
        {said?.words}
      </p>
      {status === null ? (
        <p class={missing ? 'warning' : 'loading'}>{t(missing ? 'hub-setup.missing' : 'loading')}</p>
      ) : connectedToHub(status) ? (
        <Connected status={status} onSynced={synced} />
      ) : (
        <>
          <HubStatus />
          <EnrolForm
            revoked={status.state === 'revoked'}
            onEnrolled={(hub) => setSaid({ words: t('hub-setup.done', { hub }), focus: true })}
          />
        </>
      )}
    </section>
  );
}
