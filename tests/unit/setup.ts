import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/preact';
import { options } from 'preact';
import { afterEach } from 'vitest';

// findBy… and waitFor wait for what a test expects, not for a time: their 1-second default failed
// a test on a loaded 2-core CI machine while a screen's code was still being transformed on its
// first import. A test that is truly stuck still fails, at this limit or the test's own timeout.
configure({ asyncUtilTimeout: 15_000 });

// jsdom lays nothing out, so it cannot scroll: steps open at the top and bring their target into
// sight with these, which the browser tests check for real.
Element.prototype.scrollIntoView = () => {};
window.scrollTo = () => {};

// Preact runs effects after the next frame, or after 35 ms on Node's own timer if no frame
// comes first; that timer can fire after a test file's window is gone, and Preact's call to
// cancelAnimationFrame then throws outside any test. The same scheduling, but the frame is
// cancelled only while there is a window to cancel it in.
options.requestAnimationFrame = (callback) => {
  const done = () => {
    clearTimeout(timeout);
    globalThis.cancelAnimationFrame?.(frame);
    setTimeout(callback);
  };
  const timeout = setTimeout(done, 35);
  const frame = requestAnimationFrame(done);
};

afterEach(() => {
  cleanup();
});
