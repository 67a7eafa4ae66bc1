/**
 * The hub server as a hub runs it: `src/server/main.ts` in a process of its own (its own event
 * loop, real HTTP on a port), with main's own database settings from the environment.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** main.ts says where it can be reached on this computer once it listens. */
const READY = /On this computer:\s+(\S+)/;
/** Linux counts a process's CPU time in ticks of 1/100 s (USER_HZ). */
const TICKS_PER_SECOND = 100;

export interface ServerProcess {
  url: string;
  pid: number;
  /** CPU seconds the server process has used so far (user + system). */
  cpuSeconds: () => number;
  stop: () => Promise<void>;
}

/** CPU seconds a process has used, from /proc (Linux). */
export function cpuSecondsOf(pid: number): number {
  return ticksToSeconds(readFileSync(`/proc/${pid}/stat`, 'utf8'));
}

/**
 * CPU seconds of a process's main thread alone (its thread id is its process id): a Node
 * server's JavaScript, and SQLite's work on it, run there; the rest is garbage collection,
 * file syncs and workers.
 */
export function mainThreadCpuSecondsOf(pid: number): number {
  return ticksToSeconds(readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8'));
}

/** CPU seconds of each of a process's threads, by thread id. */
export function threadCpuSecondsOf(pid: number): Map<string, number> {
  const threads = new Map<string, number>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      threads.set(tid, ticksToSeconds(readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8')));
    } catch {
      // The thread ended between the listing and the read: its time is gone with it.
    }
  }
  return threads;
}

/**
 * CPU seconds, between two readings, of the busiest thread other than the main one: on SQLite,
 * the database's thread (the others are garbage collection, file syncs, checkpoints).
 */
export function busiestOtherThreadSeconds(
  pid: number,
  before: Map<string, number>,
  after: Map<string, number>,
): number {
  let most = 0;
  for (const [tid, seconds] of after) {
    if (tid !== String(pid)) most = Math.max(most, seconds - (before.get(tid) ?? 0));
  }
  return most;
}

function ticksToSeconds(stat: string): number {
  // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/**
 * With HUBSTEPS_BENCH_CPU_PROFILE=<folder>, the server writes a V8 CPU profile there when it
 * stops (open it in Chrome DevTools' Performance panel): where a push's time goes.
 */
function profiling(): string[] {
  const folder = process.env.HUBSTEPS_BENCH_CPU_PROFILE;
  return folder ? ['--cpu-prof', `--cpu-prof-dir=${folder}`] : [];
}

/** Starts main.ts with `env` added, and resolves once it says where it listens. */
export function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, [...profiling(), '--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr?.setEncoding('utf8').on('data', (text: string) => (errors += text));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let out = '';
    const onOutput = (text: string) => {
      out += text;
      const ready = READY.exec(out);
      if (!ready?.[1]) return;
      // From here on its request log is read and dropped, so the pipe never fills and stalls it.
      child.stdout?.off('data', onOutput).on('data', () => {});
      resolve({
        url: ready[1],
        pid: child.pid as number,
        cpuSeconds: () => cpuSecondsOf(child.pid as number),
        stop: async () => {
          child.kill('SIGTERM');
          await exited;
        },
      });
    };
    child.stdout?.setEncoding('utf8').on('data', onOutput);
    child.once('exit', (code) =>
      reject(new Error(`The hub server stopped (exit ${code}) before listening:\n${errors}`)),
    );
  });
}
