import type { TFunction } from 'i18next';
import { textDirection } from '../../i18n/i18n';
import { appWords } from '../../practice/app-words';
import { isApp, type ScreenDef } from '../../practice/screen-types';
import { type ScreenId, screens } from '../../practice/screens';
import { screenTargets } from '../../practice/targets';

/** Marks where a control's name goes in a sentence; a private-use character no text contains. */
const MARK = '\u{E000}';

/** The practice words that name a target: its own, or a common one (Continue, Back). */
function labelKeys(screen: ScreenId, def: ScreenDef, target: string): string[] {
  if (target.startsWith('change-')) return ['common.change'];
  // A conversation in a phone's texts is named by who sent it.
  if (def.blocks.some((b) => b.kind === 'threads' && b.items.includes(target)))
    return [`screens.${screen}.${target}.name`];
  // An app in a store's results is named by its name.
  if (def.blocks.some((b) => b.kind === 'apps' && b.items.some((a) => a.id === target)))
    return [`screens.${screen}.${target}.name`];
  return [`screens.${screen}.${target}`, `common.${target}`];
}

interface Props {
  t: TFunction;
  textKey: string;
  screen: ScreenId;
  /** The language the step is shown in. */
  lang: string;
}

/**
 * A sentence that names controls of the practice app, {{continue}} in its words: each is quoted
 * as the real app shows it, in English, with the learner's own word in brackets
 * (Tap “Appointments” (Wizyty)), so the learner can find it on the real app too.
 */
export function QuotedText({ t, textKey, screen, lang }: Props) {
  const def: ScreenDef = screens[screen];
  const app = isApp(def);
  const targets = screenTargets(def).tap;
  const text = t(textKey, Object.fromEntries(targets.map((id) => [id, `${MARK}${id}${MARK}`])));
  const parts = text.split(MARK);
  return (
    <>
      {parts.map((part, i) => {
        if (i % 2 === 0) return part;
        const { real, own, realLang } = appWords(app, lang, labelKeys(screen, def, part));
        return (
          <span class="quoted" key={i}>
            <bdi lang={realLang} dir={textDirection(realLang)}>
              “{real}”
            </bdi>
            {own && (
              <>
                {' ('}
                <bdi>{own}</bdi>)
              </>
            )}
          </span>
        );
      })}
    </>
  );
}
