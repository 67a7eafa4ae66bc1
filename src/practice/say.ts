import type { JSX } from 'preact';

/** Words of the practice namespace: the real service's English, and the learner's own beneath it. */
export type Say = (keys: string | string[], vars?: Record<string, string>) => JSX.Element;

/** The class that rings a target in yellow when the learner is stuck on it, or nothing. */
export type Highlight = (id: string) => string;
