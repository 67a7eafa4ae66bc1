import { type CapturedNode, nodes } from 'virtual:captured-step';
import { type ComponentChild, h, render } from 'preact';
import { useEffect } from 'preact/hooks';
import { MARKS } from '../../src/app/marks';

/** The captured elements as Preact draws any screen: one element at a time, with its attributes. */
const draw = (node: CapturedNode): ComponentChild =>
  typeof node === 'string' ? node : h(node.tag, node.attributes, ...node.children.map(draw));

function Step() {
  // Marked as Hubsteps marks a step: in an effect, after the frame that paints it.
  useEffect(() => {
    performance.mark(MARKS.stepShown);
  }, []);
  return <>{nodes.map(draw)}</>;
}

const root = document.getElementById('app');
if (root) render(<Step />, root);
// Offline support registers once the tablet is idle, as Hubsteps does.
requestIdleCallback(() => void import('workbox-window').then(({ Workbox }) => new Workbox('/sw.js').register()));
