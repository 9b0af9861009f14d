import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { setLang, useUi } from '../../state/ui-store';
import type { LoginError } from '../../sync/auth';
import { login } from '../../sync/client';
import { useT } from '../hooks/use-t';
import '../components/users/login.css';

type LoginProblem = LoginError | 'required';

/** The coordinator account the server creates at its first start (src/server/bootstrap.ts). */
const FIRST_ACCOUNT = 'koordinator';

/**
 * The gate before the first use: one login needs a connection, after which the stored session
 * opens the app offline. On success `client.login` sets the user and Root shows the app.
 */
export function LoginPage() {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const userId = useId();
  const passwordId = useId();
  const showId = useId();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [show, setShow] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<LoginProblem | null>(null);
  const errorId = useId();
  // After a failed submit the first field in error takes focus, once it is rendered as such (as
  // focus/first-invalid.ts does for other forms; this page's two inputs need only this much, and
  // the login page, on the first screen, does not load that shared module).
  const form = useRef<HTMLFormElement>(null);
  const [failures, setFailures] = useState(0);
  useLayoutEffect(() => {
    if (failures > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [failures]);
  const focusInvalid = () => setFailures((n) => n + 1);
  // Which field the message is about: an empty one, or the password after a refused login.
  const userInvalid = problem === 'required' && !username.trim();
  const passwordInvalid = (problem === 'required' && !password) || problem === 'invalid-credentials';
  const invalid = (on: boolean) => (on ? { 'aria-invalid': true as const, 'aria-describedby': errorId } : {});

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    if (!username.trim() || !password) {
      setProblem('required');
      focusInvalid();
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const outcome = await login(username.trim(), password);
      if (!outcome.ok) {
        setProblem(outcome.error);
        setBusy(false);
        focusInvalid();
      }
      // On success this page is replaced by the app: nothing more to do here.
    } catch {
      setProblem('server');
      setBusy(false);
    }
  };

  return (
    <div class="login">
      <button
        type="button"
        class="btn btn--secondary login__lang"
        aria-label={t('lang.switchLabel')}
        onClick={() => void setLang(lang === 'id' ? 'en' : 'id')}
      >
        {t('lang.switch')}
      </button>
      <main id="main" class="login__main">
        <div class="login__brand">
          <img src="/favicon.svg" alt="" width={56} height={56} />
          <div>
            <h1 class="login__name">{t('app.name')}</h1>
            <p class="login__tagline">{t('app.tagline')}</p>
          </div>
        </div>
        <form ref={form} class="card login__card" onSubmit={submit} aria-busy={busy} noValidate>
          <h2>{t('auth.title')}</h2>
          <div class="field">
            <label for={userId}>{t('auth.username')}</label>
            <input
              id={userId}
              name="username"
              autoComplete="username"
              autoCapitalize="none"
              autoCorrect="off"
              spellcheck={false}
              value={username}
              {...invalid(userInvalid)}
              onInput={(e) => setUsername(e.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for={passwordId}>{t('auth.password')}</label>
            <input
              id={passwordId}
              name="password"
              type={(show ? 'text' : 'password') as 'text'}
              autoComplete="current-password"
              value={password}
              {...invalid(passwordInvalid)}
              onInput={(e) => setPassword(e.currentTarget.value)}
            />
          </div>
          <div class="check">
            <input
              id={showId}
              type="checkbox"
              checked={show}
              onChange={(e) => setShow(e.currentTarget.checked)}
            />
            <label for={showId}>{t('auth.showPassword')}</label>
          </div>
          {problem && (
            <p class="login__error" id={errorId} role="alert" data-testid="login-error">
              {t(`auth.error.${problem}`)}
            </p>
          )}
          <button type="submit" class="btn login__submit" disabled={busy}>
            {busy ? t('auth.busy') : t('auth.submit')}
          </button>
          <p class="muted login__offline">{t('auth.offlineNote')}</p>
        </form>
        <section class="login__help" aria-labelledby="login-first-use">
          <h2 id="login-first-use">{t('auth.firstUse.title')}</h2>
          <p>{t('auth.firstUse.body', { username: FIRST_ACCOUNT })}</p>
        </section>
      </main>
    </div>
  );
}
