import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { can } from '../domain/permissions';
import { useSync } from '../state/sync-status';
import { setLang, useUi } from '../state/ui-store';
import { Link } from './components/Link';
import { NoticeStack } from './components/notices/NoticeStack';
import { PwaNotices } from './components/pwa/PwaNotices';
import { ReloginGate } from './components/sync/ReloginGate';
import { SyncBadge, SyncProgressLine } from './components/sync/SyncBadge';
import { ToastHost } from './components/Toast';
import { AccountMenu } from './components/users/AccountMenu';
import { useTopbarHeight } from './focus/clear-of-header';
import { useT } from './hooks/use-t';
import { type NavSection, navSectionOf, paths, type Route } from './router';

interface NavItem {
  href: string;
  key:
    | 'nav.units'
    | 'innovationList.nav'
    | 'nav.sessions'
    | 'nav.followUps'
    | 'dashboard.nav'
    | 'nav.settings'
    | 'nav.targets'
    | 'users.nav';
  /** Highlighted on the routes of this section (router.ts). */
  section: NavSection;
}

const NAV: NavItem[] = [
  { href: paths.units(), key: 'nav.units', section: 'units' },
  { href: paths.innovations(), key: 'innovationList.nav', section: 'innovations' },
  { href: paths.sessions(), key: 'nav.sessions', section: 'sessions' },
  { href: paths.followUps(), key: 'nav.followUps', section: 'followUps' },
  { href: paths.dashboard(), key: 'dashboard.nav', section: 'dashboard' },
  { href: paths.settings(), key: 'nav.settings', section: 'settings' },
];
/** Account management: shown to the roles that may manage accounts (domain/permissions.ts: coordinators). */
const USERS_NAV: NavItem = { href: paths.users(), key: 'users.nav', section: 'users' };
/**
 * Setting the year's target: shown to the roles that may edit targets (coordinators), after the
 * dashboard. Everyone else reads the target from the dashboard's target card.
 */
const TARGETS_NAV: NavItem = { href: paths.targets(), key: 'nav.targets', section: 'targets' };

export function Layout({ route, children }: { route: Route; children: ComponentChildren }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const managesAccounts = useSync(
    (s) => typeof s.user === 'object' && s.user !== null && can(s.user, 'accounts', 'create'),
  );
  const setsTargets = useSync(
    (s) => typeof s.user === 'object' && s.user !== null && can(s.user, 'targets', 'edit'),
  );
  const nav = navFor(setsTargets, managesAccounts);
  const routeSection = navSectionOf(route);
  // Without a targets item (read-only roles reach the page from the dashboard) the dashboard is lit.
  const section =
    routeSection === 'targets' && !nav.some((i) => i.section === 'targets') ? 'dashboard' : routeSection;
  const topbar = useRef<HTMLElement>(null);
  useTopbarHeight(topbar);
  return (
    <div class="shell">
      <a class="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header class={nav.length > NAV.length + 1 ? 'topbar topbar--long-nav' : 'topbar'} ref={topbar}>
        <Link href={paths.units()} class="brand">
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <span>{t('app.name')}</span>
        </Link>
        <nav aria-label={t('nav.main')} class="nav">
          {nav.map((item) => (
            <Link
              key={item.href}
              href={item.href}
              class="nav__link"
              aria-current={item.section === section ? 'page' : undefined}
            >
              {t(item.key)}
            </Link>
          ))}
        </nav>
        <div class="topbar__tools">
          <SyncBadge />
          <AccountMenu />
          <button
            type="button"
            class="btn btn--ghost-light lang-switch"
            title={t('lang.switchLabel')}
            onClick={() => void setLang(lang === 'id' ? 'en' : 'id')}
          >
            {/* The accessible name is the full sentence; the short code is only what sighted users see. */}
            <span aria-hidden="true">{lang === 'id' ? 'EN' : 'ID'}</span>
            <span class="visually-hidden">{t('lang.switchLabel')}</span>
          </button>
        </div>
        <SyncProgressLine />
      </header>
      <NoticeStack>
        <ReloginGate />
        <PwaNotices />
      </NoticeStack>
      <main id="main" class="main">
        {children}
      </main>
      <ToastHost />
    </div>
  );
}

/** The menu for what the account may do: targets after the dashboard, accounts last. */
function navFor(setsTargets: boolean, managesAccounts: boolean): NavItem[] {
  const items = setsTargets ? NAV.flatMap((i) => (i.section === 'dashboard' ? [i, TARGETS_NAV] : [i])) : NAV;
  return managesAccounts ? [...items, USERS_NAV] : items;
}
