import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLanguage, useT } from '../../i18n/use-t';
import { LanguageNameIn, SentenceNaming } from '../LanguageName';
import { chooseReader, tabletVoices } from './choose-reader';
import { highlight } from './highlight';
import { playRecording, type Stop, speak } from './play';
import { pageSentences } from './sentences';

interface Props {
  /** The step's text: what is read, in the language of its lang attribute. */
  text: RefObject<HTMLElement>;
  /** Changes when the step or its language does: reading stops, and starts again if automatic. */
  readingKey: string;
  recording: string | undefined;
  /** The learner asked for every step to be read aloud as it opens. */
  auto: boolean;
}

/** "Read aloud": the recording, else the tablet's voice, else a note saying there is no voice. */
export function ReadAloud({ text, readingKey, recording, auto }: Props) {
  const t = useT();
  const shownIn = useLanguage();
  const [reading, setReading] = useState(false);
  /** The language the tablet has no voice for, and the step and language that asked. */
  const [noVoice, setNoVoice] = useState<{ key: string; lang: string } | null>(null);
  // Kept per step rather than cleared when a step opens: on a slow tablet the step's effect can
  // run after a quick tap, and clearing then would hide the note the tap just asked for.
  const missingVoice = noVoice?.key === readingKey ? noVoice.lang : null;
  /** What is reading now, and for which step and language. */
  const current = useRef<{ key: string; stop: Stop } | null>(null);

  const stop = () => {
    current.current?.stop();
    current.current = null;
    highlight(null);
    setReading(false);
  };

  const start = async (withRecording = recording) => {
    const root = text.current;
    if (!root) return;
    stop();
    const lang = root.closest('[lang]')?.getAttribute('lang') ?? 'en';
    const sentences = pageSentences(root);
    const reader = chooseReader(lang, withRecording, withRecording ? [] : await tabletVoices());
    if (reader.kind === 'none') {
      setNoVoice({ key: readingKey, lang });
      return;
    }
    setNoVoice(null);
    setReading(true);
    const playback = { onSentence: highlight, onEnd: stop };
    current.current = {
      key: readingKey,
      stop:
        reader.kind === 'voice'
          ? speak(sentences, reader.voice, playback)
          : // A recording that will not play (not downloaded yet) hands over to the voice.
            playRecording(reader.url, sentences, { ...playback, onFail: () => void start(undefined) }),
    };
  };

  useEffect(() => {
    if (auto) void start();
    // Stops what was read for this step and language; on a slow tablet this can run after a
    // reading of the next one has started, which must go on.
    return () => {
      if (!current.current || current.current.key === readingKey) stop();
    };
    // A new step (or language) is read afresh; the functions above are recreated each render.
  }, [readingKey]);

  return (
    <div class="read-aloud">
      <button type="button" class="button secondary small" onClick={() => (reading ? stop() : void start())}>
        <svg class="speaker" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M4 9h4l5-4v14l-5-4H4z" />
          <path
            d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12"
            fill="none"
            stroke="currentColor"
            stroke-width="2"
          />
        </svg>
        {reading ? t('read.stop') : t('read.aloud')}
      </button>
      <div role="status" class="read-aloud-note">
        {missingVoice && (
          <>
            <p>
              <SentenceNaming
                words={(language) => t('read.no-voice', { language })}
                name={<LanguageNameIn lang={missingVoice} inLang={shownIn} />}
              />
            </p>
            <p>{t('read.add-voice-ipad')}</p>
            <p>
              <SentenceNaming
                words={(language) => t('read.add-voice-android', { language })}
                name={<LanguageNameIn lang={missingVoice} inLang={shownIn} />}
              />
            </p>
          </>
        )}
      </div>
    </div>
  );
}
