import '../forms.css';
import { useEffect, useState } from 'preact/hooks';
import { i18n, languageNameIn } from '../../i18n/i18n';
import { useLanguage, useT } from '../../i18n/use-t';
import type { Pack } from '../../offline/pack-types';
import { currentPackList, downloadPacks, isComplete, type PackStatus, packStatuses } from '../../offline/packs';
import { LanguageNameIn, SentenceNaming } from '../LanguageName';
import { formatBytes } from './format';

/** A pack's name as plain text, for a label that cannot mark a language. */
function packName(pack: Pack, shownIn: string): string {
  if (pack.kind === 'lesson') return i18n.t('title', { ns: pack.of });
  return languageNameIn(pack.of, shownIn);
}

/** A pack's name on screen: a language's own name is marked as that language. */
const PackName = ({ pack, shownIn }: { pack: Pack; shownIn: string }) =>
  pack.kind === 'lesson' ? packName(pack, shownIn) : <LanguageNameIn lang={pack.of} inLang={shownIn} />;

/** Which lessons and languages are on this tablet, and a way to download one with its progress. */
export function PacksSection() {
  const t = useT();
  const shownIn = useLanguage();
  const [statuses, setStatuses] = useState<PackStatus[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [downloading, setDownloading] = useState<{ id: string; done: number } | null>(null);

  const refresh = () =>
    currentPackList()
      .then(packStatuses)
      .then(setStatuses)
      .catch(() => setFailed(true));
  useEffect(() => void refresh(), []);

  const download = async (pack: Pack) => {
    setFailed(false);
    setDownloading({ id: pack.id, done: 0 });
    try {
      await downloadPacks([pack], (done) => setDownloading({ id: pack.id, done }));
    } catch {
      setFailed(true);
    }
    setDownloading(null);
    await refresh();
  };

  return (
    <section class="settings-section" aria-labelledby="packs-title">
      <h2 id="packs-title">{t('packs.title')}</h2>
      <p>{t('packs.intro')}</p>
      {failed && <p class="warning">{t('packs.failed')}</p>}
      {statuses && (
        <ul class="pack-list">
          {statuses.map((s) => {
            const name = packName(s.pack, shownIn);
            const here = downloading?.id === s.pack.id;
            return (
              <li class="pack" key={s.pack.id}>
                <p class="pack-name">
                  <strong>
                    <PackName pack={s.pack} shownIn={shownIn} />
                  </strong>{' '}
                  <span class="pack-kind">{t(`packs.kind.${s.pack.kind}`)}</span>
                </p>
                <p>
                  {formatBytes(s.bytes)} ·{' '}
                  {isComplete(s)
                    ? t('packs.on-tablet')
                    : s.present === 0
                      ? t('packs.not-on-tablet')
                      : t('packs.partly', { present: s.present, total: s.pack.files.length })}
                </p>
                {here && downloading ? (
                  <div
                    class="progress"
                    role="progressbar"
                    aria-label={t('packs.downloading', { name })}
                    aria-valuemin={0}
                    aria-valuemax={100}
                    aria-valuenow={Math.round(downloading.done * 100)}
                  >
                    <div class="progress-done" style={{ inlineSize: `${downloading.done * 100}%` }} />
                  </div>
                ) : (
                  !isComplete(s) && (
                    <button
                      type="button"
                      class="button secondary small"
                      disabled={downloading !== null}
                      onClick={() => void download(s.pack)}
                    >
                      <SentenceNaming
                        words={(n) => t('packs.download', { name: n })}
                        name={<PackName pack={s.pack} shownIn={shownIn} />}
                      />
                    </button>
                  )
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
