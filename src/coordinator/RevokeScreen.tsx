import { useState } from 'preact/hooks';
import { ScreenHeading } from '../app/ScreenHeading';
import { ApiError, revokeTablet, type Tablet } from './api';
import type { Run } from './Coordinator';
import { messageOf } from './loaded';
import { words } from './words';

interface Props {
  tablet: Tablet;
  run: Run;
  /** Back to the hub, saying what happened (nothing, if the coordinator cancelled). */
  onDone: (notice: string | null) => void;
}

/** "Revoke Tablet 3?": its own screen, naming the tablet, so that no tablet is revoked by a slip. */
export function RevokeScreen({ tablet, run, onDone }: Props) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const revoke = async () => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      await run((token) => revokeTablet(token, tablet.deviceId));
      onDone(words.hub.revoked(tablet.name));
    } catch (error) {
      setBusy(false);
      setProblem(error instanceof ApiError && error.code === 'no-such-device' ? words.revoke.gone : messageOf(error));
    }
  };

  return (
    <>
      <ScreenHeading>{words.revoke.title(tablet.name)}</ScreenHeading>
      {problem && (
        <p class="co-problem" role="alert">
          {problem}
        </p>
      )}
      <p>{words.revoke.effect(tablet.name)}</p>
      <p>{words.revoke.keeps}</p>
      <div class="co-actions">
        <button type="button" class="co-button co-warning" aria-disabled={busy ? true : undefined} onClick={revoke}>
          {words.revoke.confirm(tablet.name)}
        </button>
        <button type="button" class="co-button co-secondary" onClick={() => onDone(null)}>
          {words.revoke.cancel}
        </button>
      </div>
    </>
  );
}
