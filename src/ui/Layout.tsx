import type { ComponentChildren } from 'preact';
import { setLang, useUi } from '../state/ui-store';
import { Link } from './components/Link';
import { ToastHost } from './components/Toast';
import { useT } from './hooks/use-t';
import { paths, type Route } from './router';

const NAV: {
  href: string;
  key: 'nav.units' | 'nav.sessions' | 'nav.followUps' | 'nav.targets' | 'nav.settings';
  routes: Route['name'][];
}[] = [
  { href: paths.units(), key: 'nav.units', routes: ['units', 'unit', 'innovation', 'board'] },
  { href: paths.sessions(), key: 'nav.sessions', routes: ['sessions', 'session'] },
  { href: paths.followUps(), key: 'nav.followUps', routes: ['followUps'] },
  { href: paths.targets(), key: 'nav.targets', routes: ['targets'] },
  { href: paths.settings(), key: 'nav.settings', routes: ['settings'] },
];

export function Layout({ route, children }: { route: Route; children: ComponentChildren }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  return (
    <div class="shell">
      <a class="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header class="topbar">
        <Link href={paths.units()} class="brand">
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <span>{t('app.name')}</span>
        </Link>
        <nav aria-label={t('nav.main')} class="nav">
          {NAV.map((item) => (
            <Link
              key={item.href}
              href={item.href}
              class="nav__link"
              aria-current={item.routes.includes(route.name) ? 'page' : undefined}
            >
              {t(item.key)}
            </Link>
          ))}
        </nav>
        <button
          type="button"
          class="btn btn--ghost-light lang-switch"
          aria-label={t('lang.switchLabel')}
          onClick={() => setLang(lang === 'id' ? 'en' : 'id')}
        >
          {lang === 'id' ? 'EN' : 'ID'}
        </button>
      </header>
      <main id="main" class="main">
        {children}
      </main>
      <ToastHost />
    </div>
  );
}
