import '../forms.css';
/** How much of a PIN or picture password is in: filled and empty dots, and the same in words. */
export function PadDots({ count, total, words }: { count: number; total: number; words: string }) {
  return (
    <p class="pad-dots" aria-live="polite">
      <span aria-hidden="true">{Array.from({ length: total }, (_, i) => (i < count ? '●' : '○')).join(' ')}</span>
      <span class="visually-hidden">{words}</span>
    </p>
  );
}
