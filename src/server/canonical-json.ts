/**
 * JSON with every object's keys in order, so one event has one text however its keys were
 * ordered when sent: an id sent again is compared with what is stored byte for byte. So the
 * text must never change for the same value: it is what JSON.stringify gives for a copy of the
 * value whose objects were rebuilt with their keys sorted, as Hubsteps first wrote it. Such an
 * object lists keys that are array indexes ("0", "12") first, in numeric order, then the rest
 * sorted. Written directly here, without the copy: this runs on every event of every push.
 */
export function canonicalJson(value: unknown): string {
  return write(value) as string;
}

/** The text of `value`, or undefined where JSON.stringify leaves a value out. */
function write(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => write(item) ?? 'null').join(',')}]`;
  const record = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of keysInOrder(record)) {
    const text = write(record[key]);
    if (text !== undefined) parts.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{${parts.join(',')}}`;
}

/** The largest array index (2^32 - 2), as JavaScript objects order their keys. */
const MAX_INDEX = 4294967294;
const INDEX = /^(?:0|[1-9]\d*)$/;
const isIndex = (key: string) => INDEX.test(key) && Number(key) <= MAX_INDEX;

function keysInOrder(record: Record<string, unknown>): string[] {
  const keys = Object.keys(record).sort();
  if (!keys.some(isIndex)) return keys;
  const indexes = keys.filter(isIndex).sort((a, b) => Number(a) - Number(b));
  return [...indexes, ...keys.filter((key) => !isIndex(key))];
}
