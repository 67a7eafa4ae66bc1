/**
 * A device's missing seqs, as runs: what the server has not received below the highest seq it
 * has. Pure arithmetic on runs, never on single seqs, so a tablet that jumps from seq 5 to seq
 * 2,000,000,000 costs one run, not two billion.
 */
import type { GapKind } from './db/schema';

export interface Gap {
  from: number;
  to: number;
  kind: GapKind;
}

/**
 * The gaps after a push: the gaps before, and the new run between the highest seq received
 * before and the highest now, less the seqs just received. Seqs the tablet recorded as
 * discarded (a removed learner's unsent work) become `discarded`, whenever the record arrives;
 * the rest stay `unexplained` until they arrive or are explained.
 */
export function gapsAfter(
  before: readonly Gap[],
  lastSeq: number,
  received: readonly number[],
  discarded: readonly number[],
): Gap[] {
  const got = sortedUnique(received);
  const highest = got.at(-1) ?? lastSeq;
  const runs = [...before];
  if (highest > lastSeq) runs.push({ from: lastSeq + 1, to: highest, kind: 'unexplained' });
  const thrown = sortedUnique(discarded);
  const after = runs
    .flatMap((run) => splitRun(run, got, 'received'))
    .flatMap((run) => splitRun(run, thrown, 'discarded'));
  return merge(after);
}

/** A run less the given seqs, or with them marked discarded. */
function splitRun(run: Gap, points: readonly number[], as: 'received' | 'discarded'): Gap[] {
  const inside = points.slice(lowerBound(points, run.from), lowerBound(points, run.to + 1));
  if (inside.length === 0) return [run];
  const pieces: Gap[] = [];
  let next = run.from;
  for (const point of inside) {
    if (point > next) pieces.push({ from: next, to: point - 1, kind: run.kind });
    if (as === 'discarded') pieces.push({ from: point, to: point, kind: 'discarded' });
    next = point + 1;
  }
  if (next <= run.to) pieces.push({ from: next, to: run.to, kind: run.kind });
  return pieces;
}

/** Runs in order, neighbours of one kind joined. */
function merge(runs: readonly Gap[]): Gap[] {
  const merged: Gap[] = [];
  for (const run of [...runs].sort((a, b) => a.from - b.from)) {
    const last = merged.at(-1);
    if (last && last.kind === run.kind && last.to + 1 === run.from) last.to = run.to;
    else merged.push({ ...run });
  }
  return merged;
}

function sortedUnique(values: readonly number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

/** The index of the first value not below `target`. */
function lowerBound(sorted: readonly number[], target: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
