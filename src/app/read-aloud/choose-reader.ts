/**
 * Who reads a step aloud: a recording made for the lesson in that language; else the tablet's
 * own speech voice for the language; else nobody, and the learner is told so.
 */
export type Reader =
  | { kind: 'recording'; url: string }
  | { kind: 'voice'; voice: SpeechSynthesisVoice }
  | { kind: 'none' };

const baseLanguage = (tag: string) => tag.toLowerCase().replace('_', '-').split('-')[0];

/**
 * The tablet's voice for a language. Voices on the tablet itself come first: they also work
 * without internet, where a network voice would fall silent.
 */
export function voiceFor(lang: string, voices: readonly SpeechSynthesisVoice[]): SpeechSynthesisVoice | undefined {
  const matching = voices.filter((v) => baseLanguage(v.lang) === baseLanguage(lang));
  return matching.find((v) => v.localService) ?? matching[0];
}

export function chooseReader(
  lang: string,
  recording: string | undefined,
  voices: readonly SpeechSynthesisVoice[],
): Reader {
  if (recording) return { kind: 'recording', url: recording };
  const voice = voiceFor(lang, voices);
  return voice ? { kind: 'voice', voice } : { kind: 'none' };
}

/**
 * The tablet's voices. Browsers list them late, after a "voiceschanged" event, so wait a
 * little for it; a tablet with no speech at all gives an empty list.
 */
export function tabletVoices(waitMs = 1500): Promise<SpeechSynthesisVoice[]> {
  const synth = 'speechSynthesis' in globalThis ? globalThis.speechSynthesis : undefined;
  if (!synth) return Promise.resolve([]);
  const now = synth.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      synth.removeEventListener('voiceschanged', done);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, waitMs);
    synth.addEventListener('voiceschanged', done);
  });
}
