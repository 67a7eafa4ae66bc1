import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/preact';
import { afterEach } from 'vitest';

// findBy… and waitFor wait for what a test expects, not for a time: their 1-second default failed
// a test on a loaded 2-core CI machine while a screen's code was still being transformed on its
// first import. A test that is truly stuck still fails, at this limit or the test's own timeout.
configure({ asyncUtilTimeout: 15_000 });

// jsdom lays nothing out, so it cannot scroll: steps open at the top and bring their target into
// sight with these, which the browser tests check for real.
Element.prototype.scrollIntoView = () => {};
window.scrollTo = () => {};

afterEach(() => {
  cleanup();
});
