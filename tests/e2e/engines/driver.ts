/** The little a cross-engine test needs from a browser driver (WebDriver or BiDi). */
export interface EngineDriver {
  name: string;
  goto(url: string): Promise<void>;
  /** Runs a function in the page and returns its result. */
  evaluate<T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T>;
  /** A real click (the engine's own input), on the element matching a CSS selector. */
  click(selector: string): Promise<void>;
  /** Real key presses into the element matching a CSS selector. */
  type(selector: string, text: string): Promise<void>;
  /** Closes every tab and opens a fresh one, as a person closing and reopening the app. */
  freshTab(): Promise<void>;
  quit(): Promise<void>;
}
