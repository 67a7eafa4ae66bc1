import type { TFunction } from 'i18next';
import type { JSX } from 'preact';
import { useT } from '../i18n/use-t';
import { PracticeField } from './PracticeField';
import type { Block, ScreenDef } from './screen-types';
import { type ScreenId, screens } from './screens';
import './practice.css';

export interface PracticeScreenProps {
  screen: ScreenId;
  /** The target to ring in yellow, after the learner has been stuck. */
  highlight?: string | undefined;
  values: Readonly<Record<string, string>>;
  /** A tap on a named target, or null for a tap on the screen that hit no target. */
  onTap: (target: string | null) => void;
  onInput: (field: string, value: string) => void;
}

/**
 * A mock screen of a real service. It never sends anything anywhere: every control is a
 * plain button or box that only reports which named target was tapped.
 */
export function PracticeScreen({ screen, highlight, values, onTap, onInput }: PracticeScreenProps) {
  const t = useT('practice');
  const def: ScreenDef = screens[screen];
  const k = (key: string) => `screens.${screen}.${key}`;
  const hl = (id: string) => (highlight === id ? ' pr-highlight' : '');

  const onClick = (e: MouseEvent) => {
    const el = e.target as Element;
    if (el.closest('[data-keyboard]')) return;
    const target = el.closest<HTMLElement>('[data-target]');
    // Choices report through their change event; a click on their label is followed by one.
    if (target instanceof HTMLInputElement && (target.type === 'radio' || target.type === 'checkbox')) return;
    if (!target && el.closest('label')) return;
    if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) {
      onTap(target.dataset.target ?? null);
      return;
    }
    onTap(target?.dataset.target ?? null);
  };
  const onChange = (e: Event) => {
    const el = e.target as HTMLInputElement;
    if (el.type === 'radio' || el.type === 'checkbox') onTap(el.dataset.target ?? null);
  };

  const button = (id: string, style: 'primary' | 'secondary' = 'primary') => (
    <button type="button" class={`pr-button pr-${style}${hl(id)}`} data-target={id} key={id}>
      {t([k(id), `common.${id}`])}
    </button>
  );

  const renderBlock = (block: Block, i: number): JSX.Element => {
    switch (block.kind) {
      case 'text':
        return (
          <p class="pr-text" key={i}>
            {t(k(block.id))}
          </p>
        );
      case 'cards':
        return (
          <div class="pr-cards" key={i}>
            {block.heading && <h3 class="pr-section">{t(k(block.heading))}</h3>}
            <ul class="pr-card-list">
              {block.items.map((id) => (
                <li key={id}>
                  <button type="button" class={`pr-card${hl(id)}`} data-target={id}>
                    <span>{t(k(id))}</span>
                    <span class="pr-chevron" aria-hidden="true" />
                  </button>
                </li>
              ))}
            </ul>
          </div>
        );
      case 'radios':
      case 'checks':
        return (
          <fieldset class="pr-choices" key={i}>
            <legend class="visually-hidden">{t(k('title'))}</legend>
            {block.items.map((id) => (
              <label class={`pr-choice${hl(id)}`} key={id}>
                <input
                  type={block.kind === 'radios' ? 'radio' : 'checkbox'}
                  name={`${screen}-choice`}
                  value={id}
                  data-target={id}
                />
                <span>{t(k(id))}</span>
              </label>
            ))}
          </fieldset>
        );
      case 'field':
        return (
          <PracticeField
            key={i}
            id={block.id}
            label={t(k(block.id))}
            multiline={!!block.multiline}
            value={values[block.id] ?? ''}
            highlighted={highlight === block.id}
            onInput={(v) => onInput(block.id, v)}
          />
        );
      case 'summary':
        return (
          <dl class="pr-summary" key={i}>
            {block.rows.map((row) => (
              <div class="pr-summary-row" key={row}>
                <dt>{t(k(`${row}.label`))}</dt>
                <dd>{t(k(`${row}.value`))}</dd>
                <dd>
                  {/* The whole name in one text, so each language puts the words in its own order. */}
                  <button
                    type="button"
                    class={`pr-link${hl(`change-${row}`)}`}
                    data-target={`change-${row}`}
                    aria-label={t('common.change-row', { row: t(k(`${row}.label`)) })}
                  >
                    {t('common.change')}
                  </button>
                </dd>
              </div>
            ))}
          </dl>
        );
      case 'panel':
        return (
          <div class="pr-panel" key={i}>
            <h3>{t(k(`${block.id}.title`))}</h3>
            <p>{t(k(`${block.id}.body`))}</p>
          </div>
        );
      case 'button':
        return button(block.id, block.style);
      case 'shapes':
        return (
          <div class="pr-shapes" key={i}>
            {block.items.map((id) => (
              <button type="button" class={`pr-shape pr-shape-${id}${hl(id)}`} data-target={id} key={id}>
                <span class="pr-shape-mark" aria-hidden="true" />
                <span>{t(k(id))}</span>
              </button>
            ))}
          </div>
        );
      case 'long-list':
        return (
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling area must be reachable by keyboard to scroll it.
          <section class="pr-long-list" key={i} tabIndex={0} aria-label={t(k('title'))}>
            <ul>
              {Array.from({ length: block.rows }, (_, n) => (
                <li key={n}>{t(k('row'), { n: n + 1 })}</li>
              ))}
            </ul>
            {button(block.target)}
          </section>
        );
    }
  };

  return (
    <section class="practice" aria-labelledby="practice-mark">
      <p class="practice-mark" id="practice-mark">
        {t('common.practice-mark')}
      </p>
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: taps on the mock app's background only give a hint; every control inside is a real button or box. */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: as above, the listener only notices taps that miss every target. */}
      <div class={`pr-app pr-look-${def.look}`} onClick={onClick} onChange={onChange}>
        {def.look === 'nhs' && <Top t={t} help={!!def.help} hl={hl} />}
        <div class="pr-body">
          {def.back && (
            <button type="button" class={`pr-back${hl('back')}`} data-target="back">
              {t('common.back')}
            </button>
          )}
          <h2 class="pr-title">{t(k('title'))}</h2>
          {def.blocks.map(renderBlock)}
        </div>
        {def.nav && <Nav t={t} hl={hl} />}
      </div>
    </section>
  );
}

function Top({ t, help, hl }: { t: TFunction; help: boolean; hl: (id: string) => string }) {
  return (
    <div class="pr-top">
      <span class="pr-brand">{t('common.app-name')}</span>
      {help && (
        <button type="button" class={`pr-link pr-help${hl('app-help')}`} data-target="app-help">
          {t('common.app-help')}
        </button>
      )}
    </div>
  );
}

function Nav({ t, hl }: { t: TFunction; hl: (id: string) => string }) {
  return (
    <div class="pr-nav">
      {(['nav-home', 'nav-messages', 'nav-profile'] as const).map((id) => (
        <button type="button" class={`pr-nav-item${hl(id)}`} data-target={id} key={id}>
          <span class={`pr-nav-icon pr-${id}`} aria-hidden="true" />
          {t(`common.${id}`)}
        </button>
      ))}
    </div>
  );
}
