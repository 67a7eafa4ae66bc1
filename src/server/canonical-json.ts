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

/**
 * The text of `value`, or undefined where JSON.stringify leaves a value out. Built as one string
 * (V8 joins the pieces once, when it is used) rather than arrays of parts joined at each level:
 * this ran on the server's thread for every event of every push, and its arrays and sorts were
 * a fifth of all that thread allocated, which its garbage collector then stopped it to clear.
 */
function write(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) text += ',';
      text += write(value[i]) ?? 'null';
    }
    return `${text}]`;
  }
  const record = value as Record<string, unknown>;
  let text = '{';
  for (const key of keysInOrder(record)) {
    const inner = write(record[key]);
    if (inner === undefined) continue;
    if (text.length > 1) text += ',';
    text += quoted(key);
    text += ':';
    text += inner;
  }
  return `${text}}`;
}

/** Keys as JSON strings: events use the same few keys, so most are written once and kept. */
const QUOTED = new Map<string, string>();
const MAX_QUOTED = 512;

function quoted(key: string): string {
  let text = QUOTED.get(key);
  if (text === undefined) {
    text = JSON.stringify(key);
    if (QUOTED.size < MAX_QUOTED) QUOTED.set(key, text);
  }
  return text;
}

/** The largest array index (2^32 - 2), as JavaScript objects order their keys. */
const MAX_INDEX = 4294967294;
const INDEX = /^(?:0|[1-9]\d*)$/;
const isIndex = (key: string) => {
  const first = key.charCodeAt(0);
  return first >= 48 && first <= 57 && INDEX.test(key) && Number(key) <= MAX_INDEX;
};

/** Objects with at most this many keys are sorted in place, without sort()'s copy of them. */
const FEW_KEYS = 16;

function keysInOrder(record: Record<string, unknown>): string[] {
  const keys = Object.keys(record);
  if (keys.length > FEW_KEYS) keys.sort();
  else {
    for (let i = 1; i < keys.length; i++) {
      const key = keys[i] as string;
      let j = i - 1;
      for (; j >= 0 && (keys[j] as string) > key; j--) keys[j + 1] = keys[j] as string;
      keys[j + 1] = key;
    }
  }
  if (!keys.some(isIndex)) return keys;
  const indexes = keys.filter(isIndex).sort((a, b) => Number(a) - Number(b));
  return [...indexes, ...keys.filter((key) => !isIndex(key))];
}
