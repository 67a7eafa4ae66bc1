import { useCallback, useState } from 'preact/hooks';

/** Words to be said, numbered so that the same words given twice are said twice. */
export interface Said {
  words: string;
  n: number;
}

/** What a pad says now, and how to say something: each call is heard, even with the same words. */
export function useLiveMessage(): [Said | null, (words: string) => void] {
  const [said, setSaid] = useState<Said | null>(null);
  const say = useCallback((words: string) => setSaid((last) => ({ words, n: (last?.n ?? 0) + 1 })), []);
  return [said, say];
}

/**
 * Where a pad's messages are said to a screen reader: a polite status, in the page from the
 * start (one that appears with its words already in it is often not read), each message in a
 * node of its own, so the same words given again are a change and are read again. The screen
 * shows the same words elsewhere (the pad's label, the error summary), so here they are hidden.
 */
export function LiveMessage({ said }: { said: Said | null }) {
  return (
    <div class="visually-hidden" role="status">
      {said && <p key={said.n}>{said.words}</p>}
    </div>
  );
}
