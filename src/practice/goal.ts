import { isTap, type PracticeAction } from '../core/lesson';

/** After this many wrong taps on one action, the target is ringed so no one gets stuck. */
export const WRONG_TAPS_BEFORE_HIGHLIGHT = 3;

/**
 * What a tap means for the action the learner is on: it does it, it is a mistake, or it is
 * neither (tapping the box they are asked to type in).
 */
export function tapOutcome(action: PracticeAction | undefined, target: string | null): 'advance' | 'wrong' | 'neutral' {
  if (!action) return 'neutral';
  if (isTap(action)) return action.tap === target ? 'advance' : 'wrong';
  return action.type === target ? 'neutral' : 'wrong';
}

const normalise = (s: string) =>
  s
    .toLocaleLowerCase()
    .replace(/[.!?,]+$/u, '')
    .replace(/\s+/gu, ' ')
    .trim();

/**
 * Whether typed text is what was asked, forgiving case, extra spaces and a final full stop; a
 * password (`caseMatters`) forgives nothing, as a real one does not.
 */
export const typedMatches = (asked: string, typed: string, caseMatters = false): boolean =>
  caseMatters ? typed !== '' && typed === asked : normalise(typed) !== '' && normalise(typed) === normalise(asked);

/** The name of the target the learner should use next, for the highlight. */
export const actionTarget = (action: PracticeAction): string => (isTap(action) ? action.tap : action.type);
