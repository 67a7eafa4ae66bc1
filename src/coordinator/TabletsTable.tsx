import type { Tablet } from './api';
import { formatDate, formatDateTime, timeAgo } from './when';
import { words } from './words';

interface Props {
  tablets: readonly Tablet[];
  now: Date;
  onRevoke: (tablet: Tablet) => void;
}

const { columns } = words.hub;

/** How many seqs the runs of one kind hold. */
const seqsOf = (gaps: NonNullable<Tablet['gaps']>, kind: 'unexplained' | 'discarded') =>
  gaps.filter((g) => g.kind === kind).reduce((sum, g) => sum + g.to - g.from + 1, 0);

function LastSync({ at, now }: { at: Tablet['lastSyncAt']; now: Date }) {
  if (at === undefined) return <>{words.unknown}</>;
  if (at === null) return <>{words.hub.never}</>;
  const date = new Date(at);
  return (
    <time dateTime={at}>
      {timeAgo(date, now)} <span class="co-secondary-text">{formatDateTime(date)}</span>
    </time>
  );
}

function Waiting({ waiting }: { waiting: Tablet['waiting'] }) {
  if (waiting === undefined || waiting === null) return <>{words.unknown}</>;
  return <>{waiting === 0 ? words.hub.nothingWaiting : words.hub.waiting(waiting)}</>;
}

function Gaps({ gaps }: { gaps: Tablet['gaps'] }) {
  if (gaps === undefined) return <>{words.unknown}</>;
  const unexplained = seqsOf(gaps, 'unexplained');
  const discarded = seqsOf(gaps, 'discarded');
  if (unexplained === 0 && discarded === 0) return <>{words.hub.noGaps}</>;
  return (
    <ul class="co-plain-list">
      {unexplained > 0 && <li class="co-warning-text">{words.hub.unexplained(unexplained)}</li>}
      {discarded > 0 && <li>{words.hub.discarded(discarded)}</li>}
    </ul>
  );
}

/**
 * The hub's tablets, one row each. On a narrow screen each row is a card, every value under its
 * column's name (coordinator.css), so nothing needs scrolling sideways.
 */
export function TabletsTable({ tablets, now, onRevoke }: Props) {
  const anyGaps = tablets.some((t) => t.gaps?.length);
  return (
    <>
      <table class="co-table">
        <caption class="visually-hidden">{words.hub.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.tablet}</th>
            <th scope="col">{columns.enrolled}</th>
            <th scope="col">{columns.lastSync}</th>
            <th scope="col">{columns.waiting}</th>
            <th scope="col">{columns.gaps}</th>
            <th scope="col">{columns.status}</th>
          </tr>
        </thead>
        <tbody>
          {tablets.map((tablet) => (
            <tr key={tablet.deviceId} class={tablet.revokedAt ? 'co-revoked' : undefined}>
              <th scope="row" data-label={columns.tablet}>
                {tablet.name}
              </th>
              <td data-label={columns.enrolled}>
                <time dateTime={tablet.enrolledAt}>{formatDate(new Date(tablet.enrolledAt))}</time>
              </td>
              <td data-label={columns.lastSync}>
                <LastSync at={tablet.lastSyncAt} now={now} />
              </td>
              <td data-label={columns.waiting}>
                <Waiting waiting={tablet.waiting} />
              </td>
              <td data-label={columns.gaps}>
                <Gaps gaps={tablet.gaps} />
              </td>
              <td data-label={columns.status}>
                {tablet.revokedAt ? (
                  words.hub.revokedOn(formatDate(new Date(tablet.revokedAt)))
                ) : (
                  <div class="co-status">
                    <span>{words.hub.inUse}</span>
                    <button type="button" class="co-button co-warning co-small" onClick={() => onRevoke(tablet)}>
                      {words.hub.revoke} <span class="visually-hidden">{tablet.name}</span>
                    </button>
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {anyGaps && <p class="co-hint">{words.hub.gapsHelp}</p>}
    </>
  );
}
