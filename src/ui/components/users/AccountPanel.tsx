/**
 * The account menu's panel: who is signed in, and "Keluar". Logging out clears this device's
 * data, so with unsent or refused changes it first says, inline, that they would be lost, and
 * offers to download them (db/changes-export.ts) before going. Loaded when the menu first opens
 * (AccountMenu.tsx), so none of it weighs on the first screen.
 */
import { useEffect, useState } from 'preact/hooks';
import { settleDrafts } from '../../../db/draft-journal';
import { db } from '../../../db/schema';
import { changeCounts } from '../../../db/sync-store';
import type { PublicUser } from '../../../protocol/protocol';
import { navigate } from '../../../state/ui-store';
import { logout, syncNow } from '../../../sync/client';
import { useT } from '../../hooks/use-t';
import { paths } from '../../router';
import { useSyncCounts } from '../sync/use-sync-counts';

type Phase = 'open' | 'confirm' | 'busy';

export interface AccountPanelProps {
  user: PublicUser;
  role: string;
  onClose: () => void;
  /** While logging out, a click outside must not close the panel. */
  onBusy: (busy: boolean) => void;
}

export function AccountPanel({ user, role, onClose, onBusy }: AccountPanelProps) {
  const t = useT();
  const counts = useSyncCounts();
  const [phase, setPhaseState] = useState<Phase>('open');
  const [atClick, setAtClick] = useState({ unsent: 0, refused: 0 });
  const [saved, setSaved] = useState<string | null>(null);
  const [saveFailed, setSaveFailed] = useState(false);
  const setPhase = (next: Phase | 'closed') => {
    if (next === 'closed') return onClose();
    setPhaseState(next);
  };
  useEffect(() => onBusy(phase === 'busy'), [phase, onBusy]);
  // Until the live count arrives, the count read when "Keluar" was pressed.
  const pending = counts?.pending ?? atClick.unsent;
  const refused = atClick.refused;

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
  // Words still in the draft journal are settled first, so they are counted (and exported).
  const askLogout = async () => {
    await settleDrafts(db).catch(() => 0);
    const found = await changeCounts(db);
    setAtClick(found);
    setSaved(null);
    setSaveFailed(false);
    if (found.unsent > 0 || found.refused > 0) setPhase('confirm');
    else await doLogout();
  };
  const download = async () => {
    try {
      // The export and the download helper load only when asked for, off the first screen.
      const [{ exportChanges }, { saveBlob }] = await Promise.all([
        import('../../../db/changes-export'),
        import('../../../export/download'),
      ]);
      const file = await exportChanges(db);
      saveBlob(new Blob([file.text], { type: 'application/json' }), file.fileName);
      setSaved(file.fileName);
      setSaveFailed(false);
    } catch {
      setSaveFailed(true);
    }
  };

  return (
    <div class="account__panel" id="account-panel" data-testid="account-panel">
      <p class="account__who">
        <strong>{user.username}</strong>
        <span class="muted"> · {role}</span>
      </p>
      {phase === 'confirm' ? (
        <div class="account__confirm" role="alert" data-testid="logout-confirm">
          {pending > 0 && <p>{t('auth.logout.confirm', { n: pending })}</p>}
          {refused > 0 && <p>{t('auth.logout.refused', { n: refused })}</p>}
          <p class="muted">{t('auth.logout.exportHint')}</p>
          {saved && (
            <p role="status" data-testid="logout-exported">
              {t('auth.logout.exported', { name: saved })}
            </p>
          )}
          {saveFailed && <p role="alert">{t('auth.logout.exportFailed')}</p>}
          <div class="actions">
            <button type="button" class="btn" data-testid="logout-export" onClick={() => void download()}>
              {t('auth.logout.export')}
            </button>
            <button type="button" class="btn btn--danger" onClick={() => void doLogout()}>
              {t('auth.logout.confirmYes')}
            </button>
            {pending > 0 && (
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
            )}
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
  );
}
