import type { PageSentence } from './sentences';

/** Stops whatever is reading. */
export type Stop = () => void;

interface Playback {
  onSentence: (sentence: PageSentence) => void;
  onEnd: () => void;
}

/** A little slower than the usual speaking speed, for learners hearing instructions. */
const RATE = 0.9;

/** Reads the sentences with the tablet's voice, one utterance each, so each can be highlighted. */
export function speak(sentences: readonly PageSentence[], voice: SpeechSynthesisVoice, play: Playback): Stop {
  const synth = speechSynthesis;
  synth.cancel();
  let stopped = false;
  const end = () => {
    if (!stopped) play.onEnd();
    stopped = true;
  };
  sentences.forEach((sentence, i) => {
    const utterance = new SpeechSynthesisUtterance(sentence.text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = RATE;
    utterance.onstart = () => {
      if (!stopped) play.onSentence(sentence);
    };
    utterance.onerror = end;
    if (i === sentences.length - 1) utterance.onend = end;
    synth.speak(utterance);
  });
  return () => {
    stopped = true;
    synth.cancel();
  };
}

/**
 * Plays a step's recording. A recording has no timings, so the highlight moves through the
 * sentences in proportion to their length: close enough to follow along.
 */
export function playRecording(
  url: string,
  sentences: readonly PageSentence[],
  play: Playback & { onFail: () => void },
): Stop {
  const audio = new Audio(url);
  const total = sentences.reduce((n, s) => n + s.text.length, 0);
  let current = -1;
  audio.ontimeupdate = () => {
    if (!audio.duration || total === 0) return;
    const reached = (audio.currentTime / audio.duration) * total;
    let sum = 0;
    const index = sentences.findIndex((s) => {
      sum += s.text.length;
      return reached < sum;
    });
    const at = index === -1 ? sentences.length - 1 : index;
    const sentence = sentences[at];
    if (at !== current && sentence) {
      current = at;
      play.onSentence(sentence);
    }
  };
  audio.onended = play.onEnd;
  audio.play().catch(play.onFail);
  return () => {
    audio.pause();
    audio.removeAttribute('src');
  };
}
