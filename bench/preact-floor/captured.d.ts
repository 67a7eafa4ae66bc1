/** The step the benchmark captured from Hubsteps, provided to the reference page at build time. */
declare module 'virtual:captured-step' {
  export type CapturedNode = string | { tag: string; attributes: Record<string, string>; children: CapturedNode[] };
  export const nodes: CapturedNode[];
}
