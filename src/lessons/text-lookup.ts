/** Whether a nested locale object has a non-empty string at a dotted key. */
export function hasText(resource: unknown, key: string): boolean {
  let node: unknown = resource;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' && node.trim() !== '';
}
