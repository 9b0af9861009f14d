import { useEffect, useRef, useState } from 'preact/hooks';
import { db } from '../../../db/schema';
import { outboxCount } from '../../../db/sync-store';
import { useSync } from '../../../state/sync-status';
import { navigate } from '../../../state/ui-store';
import { logout, syncNow } from '../../../sync/client';
import { useT } from '../../hooks/use-t';
import { paths } from '../../router';
import { useSyncCounts } from '../sync/use-sync-counts';
import './account-menu.css';

type Phase = 'closed' | 'open' | 'confirm' | 'busy';

/**
 * The signed-in account in the top bar: name and role, and "Keluar". Logging out clears this
 * device's data, so with unsent changes it first says, inline, that they would be lost.
 */
export function AccountMenu() {
  const t = useT();
  const user = useSync((s) => s.user);
  const counts = useSyncCounts();
  const [phase, setPhase] = useState<Phase>('closed');
  const [unsentAtClick, setUnsentAtClick] = useState(0);
  const rootRef = useRef<HTMLDivElement>(null);
  const open = phase !== 'closed';

  useEffect(() => {
    if (!open || phase === 'busy') return;
    const onDown = (e: PointerEvent) => {
      if (rootRef.current && e.target instanceof Node && !rootRef.current.contains(e.target))
        setPhase('closed');
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setPhase('closed');
    };
    document.addEventListener('pointerdown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open, phase]);

  if (user === null || user === 'none') return null;
  const role = t(`users.role.${user.role}`);
  // Until the live count arrives, the count read when "Keluar" was pressed.
  const pending = counts?.pending ?? unsentAtClick;

  const doLogout = async () => {
    setPhase('busy');
    try {
      await logout();
      navigate(paths.units(), true);
    } catch {
      setPhase('open');
    }
  };
  // Counted afresh: the live count may not have loaded yet, and a wrong zero would lose work.
  const askLogout = async () => {
    const unsent = await outboxCount(db);
    setUnsentAtClick(unsent);
    if (unsent > 0) setPhase('confirm');
    else await doLogout();
  };

  return (
    <div class="account" ref={rootRef}>
      <button
        type="button"
        class="account__button"
        aria-expanded={open}
        aria-controls="account-panel"
        title={t('auth.account.label', { username: user.username, role })}
        data-testid="account-button"
        onClick={() => setPhase(open ? 'closed' : 'open')}
      >
        <span class="account__avatar" aria-hidden="true">
          {user.username.slice(0, 1).toUpperCase()}
        </span>
        <span class="visually-hidden">{t('auth.account.prefix')}</span>
        <span class="account__names">
          <span class="account__name">{user.username}</span>
          <span class="account__role">{role}</span>
        </span>
      </button>
      {open && (
        <div class="account__panel" id="account-panel" data-testid="account-panel">
          <p class="account__who">
            <strong>{user.username}</strong>
            <span class="muted"> · {role}</span>
          </p>
          {phase === 'confirm' ? (
            <div class="account__confirm" role="alert" data-testid="logout-confirm">
              <p>{t('auth.logout.confirm', { n: pending })}</p>
              <div class="actions">
                <button type="button" class="btn btn--danger" onClick={() => void doLogout()}>
                  {t('auth.logout.confirmYes')}
                </button>
                <button
                  type="button"
                  class="btn btn--secondary"
                  onClick={() => {
                    setPhase('closed');
                    void syncNow();
                  }}
                >
                  {t('auth.logout.syncFirst')}
                </button>
                <button type="button" class="btn btn--secondary" onClick={() => setPhase('open')}>
                  {t('action.cancel')}
                </button>
              </div>
            </div>
          ) : (
            <>
              <p class="muted account__note">{t('auth.logout.note')}</p>
              <button
                type="button"
                class="btn btn--secondary"
                disabled={phase === 'busy'}
                onClick={() => void askLogout()}
              >
                {phase === 'busy' ? t('auth.logout.busy') : t('auth.logout')}
              </button>
            </>
          )}
        </div>
      )}
    </div>
  );
}
