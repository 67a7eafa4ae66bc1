import { lock } from './lock';
import { offlineStart } from './offline-start';
import { server } from './server';
import { size } from './size';
import { step } from './step';

/**
 * `npm run bench -- <name>`: runs one benchmark (or all); its last line is one JSON object of
 * figures. `-- <name> --against DIR` runs another build of Hubsteps (a `dist` folder) in turn
 * with this one, where the benchmark can: offline-start and step.
 */
const benchmarks: Record<string, (against?: string) => Promise<Record<string, unknown>>> = {
  size,
  'offline-start': offlineStart,
  step,
  lock,
  server,
};

const name = process.argv[2];
const againstAt = process.argv.indexOf('--against');
const against = againstAt > 0 ? process.argv[againstAt + 1] : undefined;
const chosen = name ? { [name]: benchmarks[name] } : benchmarks;
if (name && !benchmarks[name]) {
  console.error(`No benchmark called "${name}". There are: ${Object.keys(benchmarks).join(', ')}.`);
  process.exit(2);
}
// One benchmark: its figures as they are. Several: each one's figures under its name.
const figures: Record<string, unknown> = {};
for (const [key, run] of Object.entries(chosen)) {
  if (!run) continue;
  console.log(`\n== ${key}`);
  figures[key] = await run(against);
}
console.log(JSON.stringify(name ? figures[name] : figures));
