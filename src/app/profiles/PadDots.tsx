import '../forms.css';
/**
 * How much of a PIN or picture password is in: filled and empty dots, and the same in words,
 * said as each key is pressed ("2 of 4 numbers entered"). `quiet` once a whole entry is in and
 * the pad has emptied: then the pad's own message is what is said ("Type the same 4 numbers
 * again", "Those numbers were not right"), not "0 of 4" over it. Words taken away are not said.
 */
export function PadDots({
  count,
  total,
  words,
  quiet = false,
}: {
  count: number;
  total: number;
  words: string;
  quiet?: boolean;
}) {
  return (
    <p class="pad-dots" aria-live="polite">
      <span aria-hidden="true">{Array.from({ length: total }, (_, i) => (i < count ? '●' : '○')).join(' ')}</span>
      <span class="visually-hidden">{quiet ? '' : words}</span>
    </p>
  );
}
