/** Performance marks the app leaves for the benchmarks in bench/. */
export const MARKS = {
  /** A step is on screen and can be used. */
  stepShown: 'hubsteps:step-shown',
  /** An event's write has completed; its detail is the event type. */
  eventSaved: 'hubsteps:event-saved',
} as const;
