import type { ComponentType } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { useSync } from '../../../state/sync-status';
import { useT } from '../../hooks/use-t';
import type { AccountPanelProps } from './AccountPanel';
import './account-menu.css';

/**
 * The signed-in account in the top bar: name and role. Its panel ("Keluar", and the warning about
 * unsent changes: AccountPanel.tsx) loads the first time the menu opens, off the first screen.
 */
export function AccountMenu() {
  const t = useT();
  const user = useSync((s) => s.user);
  const [open, setOpen] = useState(false);
  const [Panel, setPanel] = useState<ComponentType<AccountPanelProps> | null>(null);
  const busy = useRef(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  const onBusy = useCallback((b: boolean) => {
    busy.current = b;
  }, []);

  useEffect(() => {
    if (!open || Panel) return;
    void import('./AccountPanel').then((m) => setPanel(() => m.AccountPanel));
  }, [open, Panel]);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (busy.current) return;
      if (rootRef.current && e.target instanceof Node && !rootRef.current.contains(e.target)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !busy.current) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  if (user === null || user === 'none') return null;
  const role = t(`users.role.${user.role}`);
  return (
    <div class="account" ref={rootRef}>
      <button
        type="button"
        class="account__button"
        aria-expanded={open}
        aria-controls="account-panel"
        title={t('auth.account.label', { username: user.username, role })}
        data-testid="account-button"
        onClick={() => setOpen(!open)}
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
      {open && Panel && <Panel user={user} role={role} onClose={close} onBusy={onBusy} />}
    </div>
  );
}
