import '../forms.css';
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import { askToKeepData, type StorageInfo, storageInfo } from '../../offline/storage';
import { formatBytes } from './format';

/** Space used and free, and whether the browser has promised to keep Hubsteps' data. */
export function StorageSection() {
  const t = useT();
  const [info, setInfo] = useState<StorageInfo | null>(null);
  const [refused, setRefused] = useState(false);
  const refresh = () => void storageInfo().then(setInfo);
  useEffect(refresh, []);

  const keep = async () => {
    setRefused(!(await askToKeepData()));
    refresh();
  };

  return (
    <section class="settings-section" aria-labelledby="storage-title">
      <h2 id="storage-title">{t('storage-info.title')}</h2>
      {info && (
        <dl class="facts">
          <div>
            <dt>{t('storage-info.used')}</dt>
            <dd>{info.usedBytes === null ? t('storage-info.unknown') : formatBytes(info.usedBytes)}</dd>
          </div>
          <div>
            <dt>{t('storage-info.free')}</dt>
            <dd>{info.freeBytes === null ? t('storage-info.unknown') : formatBytes(info.freeBytes)}</dd>
          </div>
          <div>
            <dt>{t('storage-info.kept')}</dt>
            <dd>
              {info.persisted === null
                ? t('storage-info.unknown')
                : info.persisted
                  ? t('storage-info.kept-yes')
                  : t('storage-info.kept-no')}
            </dd>
          </div>
        </dl>
      )}
      {info?.persisted === false && (
        <>
          <p class="warning">{t('storage-info.not-kept')}</p>
          <button type="button" class="button secondary" onClick={() => void keep()}>
            {t('storage-info.keep')}
          </button>
        </>
      )}
      {refused && <p class="warning">{t('storage-info.refused')}</p>}
    </section>
  );
}
