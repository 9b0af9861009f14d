import { useState } from 'preact/hooks';
import { useSync } from '../../../state/sync-status';
import { showToast } from '../../../state/ui-store';
import type { LoginError } from '../../../sync/auth';
import { login } from '../../../sync/client';
import { useT } from '../../hooks/use-t';
import { RELOGIN_PASSWORD_ID } from './relogin-ids';
import './sync.css';

/**
 * Shown under the top bar when the server no longer accepts the stored session. It never blocks
 * the app: local work goes on, and the password of the same account resumes syncing.
 */
export function ReloginBanner() {
  const t = useT();
  const user = useSync((s) => s.user);
  const expired = useSync((s) => s.sessionExpired || s.state === 'needsLogin');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<LoginError | null>(null);
  if (!expired || user === null || user === 'none') return null;
  const username = user.username;

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!password || busy) return;
    setBusy(true);
    setError(null);
    try {
      const outcome = await login(username, password);
      if (outcome.ok) {
        setPassword('');
        showToast(t('auth.relogin.done'));
      } else {
        setError(outcome.error);
      }
    } catch {
      setError('server');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="relogin" aria-labelledby="relogin-title" data-testid="relogin-banner">
      <div class="relogin__text">
        <h2 id="relogin-title" class="relogin__title">
          {t('auth.relogin.title')}
        </h2>
        <p class="relogin__body">{t('auth.relogin.body', { username })}</p>
      </div>
      <form class="relogin__form" onSubmit={submit} aria-busy={busy}>
        {/* Lets password managers pair the password with the account. */}
        <input type="hidden" name="username" autoComplete="username" value={username} />
        <label class="visually-hidden" for={RELOGIN_PASSWORD_ID}>
          {t('auth.password')}
        </label>
        <input
          id={RELOGIN_PASSWORD_ID}
          class="relogin__password"
          type="password"
          name="password"
          autoComplete="current-password"
          placeholder={t('auth.password')}
          value={password}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'relogin-error' : undefined}
          onInput={(e) => setPassword(e.currentTarget.value)}
        />
        <button type="submit" class="btn btn--light" disabled={busy || !password}>
          {busy ? t('auth.busy') : t('auth.relogin.submit')}
        </button>
      </form>
      {error && (
        <p id="relogin-error" class="relogin__error" role="alert">
          {t(`auth.error.${error}`)}
        </p>
      )}
    </section>
  );
}
