/**
 * Code splitting without Suspense: a page's code (and the rest of the messages) is fetched the
 * first time its route is shown, then kept, so later visits render synchronously. The start
 * (main.tsx) awaits `preload()` of the route it opens on, so the first screen never shows the
 * fallback; only a later navigation to a page not yet fetched can, and then it looks like a page
 * waiting for its data. `lazyPart` does the same for rare parts of the first screen (a banner, a
 * panel opened by a button), which render nothing until their code is here.
 */
import type { ComponentType, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadLang } from '../i18n';
import { useUi } from '../state/ui-store';
import { useT } from './hooks/use-t';

export interface LazyPage<P> extends FunctionComponent<P> {
  /** Fetches the code; resolves once rendering no longer waits. Safe to call often. */
  preload(): Promise<void>;
}

export interface LazyOptions {
  /**
   * `false` for code that uses only the first screen's messages (i18n/id/core.ts; checked by
   * test/i18n/first-screen-messages.test.ts): it does not wait for the rest of the catalogue.
   */
  allMessages?: boolean;
}

type Fallback = (props: { failed: boolean; onRetry: () => void }) => ReturnType<FunctionComponent>;

function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
  allMessages: boolean,
  Fallback: Fallback,
): LazyPage<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<void> | undefined;
  const preload = (): Promise<void> => {
    // With the code, all messages of the current language: the entry has only the first
    // screen's Indonesian ones, and a page must never render a missing message.
    pending ??= Promise.all([load(), allMessages ? loadLang(useUi.getState().lang) : undefined]).then(
      ([component]) => {
        loaded = component;
      },
      (error: unknown) => {
        // Forget the failure so "Try again" fetches afresh (a lost connection, a deploy in between).
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };

  function Lazy(props: P) {
    const [failed, setFailed] = useState(false);
    // Bumped when the code arrives, so this renders again and finds `loaded`.
    const [, setArrivals] = useState(0);
    useEffect(() => {
      if (loaded || failed) return;
      let live = true;
      preload().then(
        () => live && setArrivals((n) => n + 1),
        (error: unknown) => {
          console.error(error);
          if (live) setFailed(true);
        },
      );
      return () => {
        live = false;
      };
    }, [failed]);
    const Component = loaded;
    if (Component) return <Component {...props} />;
    return <Fallback failed={failed} onRetry={() => setFailed(false)} />;
  }
  return Object.assign(Lazy, { preload });
}

/** A page (or a panel in place of page content): "Memuat…" while waiting, "Try again" on failure. */
export function lazyPage<P extends object>(
  load: () => Promise<ComponentType<P>>,
  { allMessages = true }: LazyOptions = {},
): LazyPage<P> {
  return lazyComponent(load, allMessages, PageFallback);
}

/** A rare part of the first screen: nothing while its code is on its way, nor if it never comes. */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  { allMessages = true }: LazyOptions = {},
): LazyPage<P> {
  return lazyComponent(load, allMessages, () => null);
}

function PageFallback({ failed, onRetry }: { failed: boolean; onRetry: () => void }) {
  const t = useT();
  if (failed) {
    return (
      <div role="alert" class="page-fallback">
        <p class="field__error">{t('page.loadFailed')}</p>
        <button type="button" class="btn btn--secondary" onClick={onRetry}>
          {t('save.retry')}
        </button>
      </div>
    );
  }
  // The same words and place as a page waiting for its records; shown only after a short delay
  // (styles.css) so a page that arrives quickly replaces an empty area, not a flash of text.
  return (
    <p class="muted page-fallback page-fallback--waiting" aria-busy="true">
      {t('loading')}
    </p>
  );
}
