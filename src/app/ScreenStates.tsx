import { Component, type ComponentChildren, type ComponentType } from 'preact';
import { useT } from '../i18n/use-t';
import { go } from './route';
import { ScreenHeading } from './ScreenHeading';

export function Loading() {
  const t = useT();
  return <p class="loading">{t('loading')}</p>;
}

/** A lazy screen: loading, drawn, or, when its code cannot be fetched, a way on. */
export function LazyView<P extends object>({
  screen,
  props,
}: {
  screen: ComponentType<P> | null | 'failed';
  props: P;
}) {
  if (screen === 'failed') return <CouldNotOpen />;
  if (!screen) return <Loading />;
  const Screen = screen;
  return <Screen {...props} />;
}

/** Said plainly, never "Loading…" forever: the screen's code is not on this tablet. */
function CouldNotOpen() {
  const t = useT();
  return (
    <main class="home" id="main">
      <ScreenHeading>{t('screen.could-not-open')}</ScreenHeading>
      <p class="body-text">{t('screen.could-not-open-text')}</p>
      <p class="button-row">
        <button type="button" class="button primary" onClick={() => location.reload()}>
          {t('screen.reload')}
        </button>
        <a class="button secondary" href="#/">
          {t('screen.go-to-start')}
        </a>
      </p>
    </main>
  );
}

interface BoundaryProps {
  /** Where the learner is: going anywhere else draws the screen afresh. */
  place: string;
  children: ComponentChildren;
}

/**
 * A screen that fails while it is drawn shows a calm message with a way back to the start,
 * never a blank page. It stays until the learner goes somewhere else.
 */
export class ScreenErrorBoundary extends Component<BoundaryProps, { failedAt: string | null }> {
  override state = { failedAt: null as string | null };

  override componentDidCatch(error: unknown): void {
    // Kept for whoever looks at the tablet's console; the learner sees the message below.
    console.error(error);
    this.setState({ failedAt: this.props.place });
  }

  override render() {
    const { failedAt } = this.state;
    if (failedAt === null || failedAt !== this.props.place) return this.props.children;
    const restart = () => {
      this.setState({ failedAt: null });
      go('#/');
    };
    return <SomethingWentWrong restart={restart} />;
  }
}

function SomethingWentWrong({ restart }: { restart: () => void }) {
  const t = useT();
  return (
    <main class="home" id="main">
      <ScreenHeading>{t('screen.went-wrong')}</ScreenHeading>
      <p class="body-text">{t('screen.went-wrong-text')}</p>
      <p>
        <button type="button" class="button primary" onClick={restart}>
          {t('screen.go-to-start')}
        </button>
      </p>
    </main>
  );
}

/** The tablet's database is held by another tab, or was upgraded by a newer Hubsteps in one. */
export function DatabaseProblem({ state }: { state: 'upgrade-waiting' | 'outdated' }) {
  const t = useT();
  if (state === 'upgrade-waiting') {
    return (
      <main class="home" id="main">
        <ScreenHeading>{t('database.waiting')}</ScreenHeading>
        <p class="body-text">{t('database.waiting-text')}</p>
      </main>
    );
  }
  return (
    <main class="home" id="main">
      <ScreenHeading>{t('database.updated')}</ScreenHeading>
      <p class="body-text">{t('database.updated-text')}</p>
      <p>
        <button type="button" class="button primary" onClick={() => location.reload()}>
          {t('screen.reload')}
        </button>
      </p>
    </main>
  );
}
