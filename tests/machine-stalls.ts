import { readFileSync } from 'node:fs';

/** Linux's pressure-stall totals, in µs: time every task waited on the disk at once, and time any task waited for a core. */
interface Totals {
  diskAll: number;
  cpuSome: number;
}

function read(): Totals | undefined {
  try {
    const total = (file: string, line: 'some' | 'full') =>
      Number(new RegExp(`^${line} .*total=(\\d+)`, 'm').exec(readFileSync(file, 'utf8'))?.[1] ?? Number.NaN);
    const totals = { diskAll: total('/proc/pressure/io', 'full'), cpuSome: total('/proc/pressure/cpu', 'some') };
    return Number.isFinite(totals.diskAll) && Number.isFinite(totals.cpuSome) ? totals : undefined;
  } catch {
    return undefined;
  }
}

export const clock = (ms: number) => new Date(ms).toISOString().slice(11, 19);

/**
 * Watches, once a second, how long the machine stalled: a browser test that waits 20 s for a
 * page can fail because every task waited on the disk, not because Hubsteps was slow. A failed
 * run's log then says which seconds were stalled, to set beside the time each test failed.
 * Linux only (/proc/pressure); elsewhere it says nothing.
 */
export function watchMachineStalls(): { stop: () => string | undefined } {
  const start = read();
  if (!start) return { stop: () => undefined };
  const startedAt = Date.now();
  let last = start;
  /** Seconds in which every task waited on the disk for over a quarter of the second. */
  const stalled: string[] = [];
  const timer = setInterval(() => {
    const now = read();
    if (!now) return;
    const diskMs = (now.diskAll - last.diskAll) / 1000;
    if (diskMs > 250) stalled.push(`${clock(Date.now())} (${Math.round(diskMs)} ms)`);
    last = now;
  }, 1000);
  timer.unref();
  return {
    stop: () => {
      clearInterval(timer);
      const end = read() ?? last;
      const seconds = (Date.now() - startedAt) / 1000;
      const disk = (end.diskAll - start.diskAll) / 1e6;
      const cpu = (end.cpuSome - start.cpuSome) / 1e6;
      const worst = stalled.length ? `; seconds stalled on the disk: ${stalled.slice(0, 20).join(', ')}` : '';
      return `machine: every task waited on the disk ${disk.toFixed(1)} s, some task waited for a core ${Math.round((100 * cpu) / seconds)} % of the ${Math.round(seconds)} s${worst}`;
    },
  };
}
