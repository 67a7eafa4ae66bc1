import type { JSX } from 'preact';
import { useMemo } from 'preact/hooks';
import { textDirection } from '../i18n/i18n';
import { useLanguage } from '../i18n/use-t';
import { appWords } from './app-words';
import { EmailTop, Inbox, Mailboxes, OpenEmail } from './EmailBlocks';
import { FaceCircle, LoginTop } from './LoginParts';
import { Actions } from './MessageParts';
import { TextMessage, Threads } from './PhoneBlocks';
import { PracticeField } from './PracticeField';
import { Networks, StatusBar } from './SettingsParts';
import { AppHeader, AppResults, StoreName } from './StoreParts';
import type { Say } from './say';
import { type Block, isApp, type ScreenDef, showsEmail } from './screen-types';
import { type ScreenId, screens } from './screens';
import { AddressBar, CallControls, CallView, Permission, SelfView, VideoTop } from './VideoParts';
import './practice.scss';

export interface PracticeScreenProps {
  screen: ScreenId;
  /** The target to ring in yellow, after the learner has been stuck. */
  highlight?: string | undefined;
  values: Readonly<Record<string, string>>;
  /** A tap on a named target, or null for a tap on the screen that hit no target. */
  onTap: (target: string | null) => void;
  onInput: (field: string, value: string) => void;
}

/** The classes of a look: NHS login's pages are built from the NHS App's parts. */
const LOOK_CLASSES: Record<ScreenDef['look'], string> = {
  nhs: 'pr-look-nhs',
  'nhs-login': 'pr-look-nhs pr-look-nhs-login',
  'nhs-111': 'pr-look-nhs pr-look-nhs-login',
  email: 'pr-look-email',
  sms: 'pr-look-sms',
  tablet: 'pr-look-tablet',
  video: 'pr-look-nhs pr-look-video',
  settings: 'pr-look-settings',
  store: 'pr-look-store',
};

/** The tablet's own screens show its bar at the top: with the Wi-Fi fan once it is on a network. */
const online = (def: ScreenDef): boolean =>
  def.look === 'store' || def.blocks.some((b) => b.kind === 'networks' && b.items.some((n) => n.joined));

/**
 * A mock screen of a real service, drawn with the NHS design system's own styles. It never sends
 * anything anywhere: every control is a plain button or box that only reports which named
 * target was tapped. The NHS App is in English, so a screen of the app shows its real English
 * words, with the learner's own language beneath in smaller type; the tablet-basics pages are
 * exercises, in the learner's language only.
 */
export function PracticeScreen({ screen, highlight, values, onTap, onInput }: PracticeScreenProps) {
  const lang = useLanguage();
  const def: ScreenDef = screens[screen];
  const app = isApp(def);
  const say = useMemo<Say>(() => sayer(app, lang), [app, lang]);
  const k = (key: string) => `screens.${screen}.${key}`;
  const hl = (id: string) => (highlight === id ? ' pr-highlight' : '');

  const onClick = (e: MouseEvent) => {
    const el = e.target as Element;
    if (el.closest('[data-keyboard]')) return;
    const target = el.closest<HTMLElement>('[data-target]');
    // Choices report through their change event; a click on their label is followed by one.
    if (target instanceof HTMLInputElement && (target.type === 'radio' || target.type === 'checkbox')) return;
    if (!target && el.closest('label')) return;
    onTap(target?.dataset.target ?? null);
  };
  const onChange = (e: Event) => {
    const el = e.target as HTMLInputElement;
    if (el.type === 'radio' || el.type === 'checkbox') onTap(el.dataset.target ?? null);
  };

  const button = (id: string, style: 'primary' | 'secondary' = 'primary') =>
    app ? (
      <button
        type="button"
        class={`nhsuk-button${style === 'secondary' ? ' nhsuk-button--secondary' : ''}${hl(id)}`}
        data-target={id}
        key={id}
      >
        {say([k(id), `common.${id}`])}
      </button>
    ) : (
      <button type="button" class={`pr-button pr-${style}${hl(id)}`} data-target={id} key={id}>
        {say([k(id), `common.${id}`])}
      </button>
    );

  const renderBlock = (block: Block, i: number): JSX.Element => {
    switch (block.kind) {
      case 'text':
        return (
          <p class="pr-text" key={i}>
            {say(k(block.id))}
          </p>
        );
      case 'list':
        return (
          <ul class="nhsuk-list nhsuk-list--bullet pr-list" key={i}>
            {block.items.map((id) => (
              <li key={id}>{say(k(id))}</li>
            ))}
          </ul>
        );
      case 'cards':
        return (
          <div class="pr-cards" key={i}>
            {block.heading && <h3 class="pr-section">{say(k(block.heading))}</h3>}
            <ul class="pr-card-list">
              {block.items.map((id) => (
                <li key={id} class="nhsuk-card nhsuk-card--clickable pr-card">
                  <button type="button" class={`pr-card-link${hl(id)}`} data-target={id}>
                    <span class="pr-card-words">{say(k(id))}</span>
                    <span class="pr-chevron" aria-hidden="true" />
                  </button>
                </li>
              ))}
            </ul>
          </div>
        );
      case 'radios':
      case 'checks': {
        const kind = block.kind === 'radios' ? 'radios' : 'checkboxes';
        return (
          <fieldset class="nhsuk-fieldset pr-choices" key={i}>
            <legend class="visually-hidden">{say(k('title'))}</legend>
            <div class={`nhsuk-${kind}`}>
              {block.items.map((id) => (
                <div class={`nhsuk-${kind}__item${hl(id)}`} key={id}>
                  <input
                    class={`nhsuk-${kind}__input`}
                    id={`pr-${screen}-${id}`}
                    type={block.kind === 'radios' ? 'radio' : 'checkbox'}
                    name={`${screen}-choice`}
                    value={id}
                    data-target={id}
                  />
                  <label class={`nhsuk-label nhsuk-${kind}__label`} for={`pr-${screen}-${id}`}>
                    {say(k(id))}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        );
      }
      case 'field':
        return (
          <PracticeField
            key={i}
            id={block.id}
            label={say(k(block.id))}
            multiline={!!block.multiline}
            value={values[block.id] ?? ''}
            highlighted={highlight === block.id}
            onInput={(v) => onInput(block.id, v)}
          />
        );
      case 'summary':
        return (
          <dl class="nhsuk-summary-list pr-summary" key={i}>
            {block.rows.map((row) => (
              <div class="nhsuk-summary-list__row" key={row}>
                <dt class="nhsuk-summary-list__key">{say(k(`${row}.label`))}</dt>
                <dd class="nhsuk-summary-list__value">{say(k(`${row}.value`))}</dd>
                {block.change !== false && (
                  <dd class="nhsuk-summary-list__actions">
                    {/* The whole name in one text, so each language puts the words in its own order. */}
                    <button
                      type="button"
                      class={`pr-link${hl(`change-${row}`)}`}
                      data-target={`change-${row}`}
                      aria-label={plain(app, lang, 'common.change-row', { row: k(`${row}.label`) })}
                    >
                      {say('common.change')}
                    </button>
                  </dd>
                )}
              </div>
            ))}
          </dl>
        );
      case 'panel':
        return (
          <div class="nhsuk-panel pr-panel" key={i}>
            <h3 class="nhsuk-panel__title">{say(k(`${block.id}.title`))}</h3>
            <div class="nhsuk-panel__body">{say(k(`${block.id}.body`))}</div>
          </div>
        );
      case 'warning':
        return (
          <div class="nhsuk-card nhsuk-card--warning pr-warning" key={i}>
            <div class="nhsuk-card__heading-container">
              <h3 class="nhsuk-card__heading">{say(k(`${block.id}.title`))}</h3>
            </div>
            <div class="nhsuk-card__content">
              <p class="pr-text">{say(k(`${block.id}.body`))}</p>
            </div>
          </div>
        );
      case 'button':
        return button(block.id, block.style);
      case 'link':
        return (
          <p class="pr-text" key={i}>
            <button type="button" class={`pr-link${hl(block.id)}`} data-target={block.id}>
              {say(k(block.id))}
            </button>
          </p>
        );
      case 'shapes':
        return (
          <div class="pr-shapes" key={i}>
            {block.items.map((id) => (
              <button type="button" class={`pr-shape pr-shape-${id}${hl(id)}`} data-target={id} key={id}>
                <span class="pr-shape-mark" aria-hidden="true" />
                <span>{say(k(id))}</span>
              </button>
            ))}
          </div>
        );
      case 'long-list':
        return (
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling area must be reachable by keyboard to scroll it.
          <section class="pr-long-list" key={i} tabIndex={0} aria-label={plain(app, lang, k('title'))}>
            <ul>
              {Array.from({ length: block.rows }, (_, n) => (
                <li key={n}>{say(k('row'), { n: String(n + 1) })}</li>
              ))}
            </ul>
            {button(block.target)}
          </section>
        );
      case 'mailboxes':
        return <Mailboxes key={i} screen={screen} items={block.items} say={say} hl={hl} />;
      case 'inbox':
        return <Inbox key={i} rows={block.rows} say={say} hl={hl} />;
      case 'email':
        return <OpenEmail key={i} id={block.id} say={say} hl={hl} />;
      case 'threads':
        return <Threads key={i} items={block.items} say={say} k={k} hl={hl} />;
      case 'message':
        return <TextMessage key={i} id={block.id} link={block.link} opens={!!block.opens} say={say} k={k} hl={hl} />;
      case 'actions':
        return <Actions key={i} items={block.items} say={say} k={k} hl={hl} />;
      case 'face-circle':
        return <FaceCircle key={i} />;
      case 'permission':
        return <Permission key={i} say={say} k={k} hl={hl} />;
      case 'self-view':
        return <SelfView key={i} say={say} k={k} meter={block.meter} />;
      case 'call-view':
        return <CallView key={i} say={say} k={k} muted={!!block.muted} />;
      case 'call-controls':
        return <CallControls key={i} items={block.items} say={say} k={k} hl={hl} />;
      case 'networks':
        return <Networks key={i} items={block.items} say={say} k={k} hl={hl} />;
      case 'apps':
        return <AppResults key={i} items={block.items} say={say} k={k} hl={hl} />;
      case 'app-header':
        return <AppHeader key={i} icon={block.icon} say={say} k={k} />;
    }
  };

  return (
    <section class="practice" aria-labelledby="practice-mark">
      <p class="practice-mark" id="practice-mark">
        {appWords(false, lang, 'common.practice-mark').real}
      </p>
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: taps on the mock app's background only give a hint; every control inside is a real button or box. */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: as above, the listener only notices taps that miss every target. */}
      <div
        class={`pr-app ${LOOK_CLASSES[def.look]}`}
        onClick={onClick}
        onChange={onChange}
        {...(app ? { lang: 'en', dir: 'ltr' } : {})}
      >
        {def.address && <AddressBar address={def.address} />}
        {def.look === 'nhs' && <Top say={say} help={!!def.help} hl={hl} />}
        {def.look === 'email' && <EmailTop say={say} />}
        {def.look === 'nhs-login' && <LoginTop say={say} />}
        {def.look === 'nhs-111' && <LoginTop say={say} name="common.111-name" />}
        {def.acting && <ActingBanner say={say} text={k('acting')} hl={hl} />}
        {def.look === 'video' && <VideoTop say={say} />}
        {(def.look === 'settings' || def.look === 'store') && (
          <StatusBar online={online(def)}>{def.look === 'store' && <StoreName say={say} />}</StatusBar>
        )}
        <div class="pr-body">
          {def.back && (
            <button type="button" class={`pr-back${hl('back')}`} data-target="back">
              {/* A screen may name where Back goes, as a mail app's "‹ Inbox" does. */}
              {say([k('back'), 'common.back'])}
            </button>
          )}
          {!showsEmail(def) && <h2 class="pr-title">{say(k('title'))}</h2>}
          {def.blocks.map(renderBlock)}
        </div>
        {def.nav && <Nav say={say} hl={hl} />}
      </div>
    </section>
  );
}

/** A label read as one text (an aria-label): the app's English, then the learner's words. */
function plain(app: boolean, lang: string, key: string, vars: Record<string, string> = {}): string {
  // A variable that names another text ({{row}}) is that text in the same language.
  const named = (l: string) =>
    Object.fromEntries(Object.entries(vars).map(([n, v]) => [n, appWords(l === 'en', l, v).real]));
  const { real } = appWords(app, lang, key, named(app ? 'en' : lang));
  const own = app && lang !== 'en' ? appWords(false, lang, key, named(lang)).real : real;
  return own === real ? real : `${real} (${own})`;
}

/** Draws a text of the practice namespace as the screen shows it, the learner's words beneath. */
function sayer(app: boolean, lang: string): Say {
  return (keys, vars = {}) => {
    const { real, own } = appWords(app, lang, keys, vars);
    if (!own) return <>{real}</>;
    return (
      <>
        <span class="pr-en">{real}</span>
        <span class="pr-own" lang={lang} dir={textDirection(lang)}>
          {own}
        </span>
      </>
    );
  };
}

function Top({ say, help, hl }: { say: Say; help: boolean; hl: (id: string) => string }) {
  return (
    <header class="nhsuk-header pr-top">
      <div class="nhsuk-header__container pr-top-inner">
        <span class="nhsuk-header__service-name pr-brand">{say('common.app-name')}</span>
        {help && (
          <button type="button" class={`pr-link pr-help${hl('app-help')}`} data-target="app-help">
            {say('common.app-help')}
          </button>
        )}
      </div>
    </header>
  );
}

/** The NHS App's yellow banner while someone acts for a linked profile: whose it is, and the way back. */
function ActingBanner({ say, text, hl }: { say: Say; text: string; hl: (id: string) => string }) {
  return (
    <div class="pr-acting">
      <p class="pr-acting-for">{say(text)}</p>
      <button type="button" class={`pr-link${hl('switch-back')}`} data-target="switch-back">
        {say('common.switch-back')}
      </button>
    </div>
  );
}

function Nav({ say, hl }: { say: Say; hl: (id: string) => string }) {
  return (
    <div class="pr-nav">
      {(['nav-home', 'nav-messages', 'nav-profile'] as const).map((id) => (
        <button type="button" class={`pr-nav-item${hl(id)}`} data-target={id} key={id}>
          <span class={`pr-nav-icon pr-${id}`} aria-hidden="true" />
          {say(`common.${id}`)}
        </button>
      ))}
    </div>
  );
}
