import { useState } from 'preact/hooks';
import type { Unit } from '../../../domain/unit';
import { type PublicUser, ROLES, type Role } from '../../../protocol/protocol';
import { showToast } from '../../../state/ui-store';
import { deactivateUser, errorCode, type UsersApiErrorCode, updateUser } from '../../../sync/users-api';
import { useFocusFirstInvalid } from '../../focus/first-invalid';
import { useT } from '../../hooks/use-t';
import { SelectField } from '../fields';
import { PersonFields } from './PersonFields';
import { PlainField } from './PlainField';
import { UnitPicker } from './UnitPicker';
import {
  checkFullNameField,
  checkNipField,
  checkPassword,
  checkUnits,
  needsUnits,
  personFields,
  toRole,
} from './user-form';

type Mode = 'view' | 'edit' | 'password';

/**
 * One account: name, full name and NIP, role, units and status, with inline editing (one's own
 * account: full name and NIP only), a password reset, and deactivate / reactivate (accounts are
 * never deleted; deactivating offers undo).
 */
export function UserRow({
  user,
  isMe,
  units,
  onChanged,
}: {
  user: PublicUser;
  isMe: boolean;
  units: readonly Unit[];
  onChanged: (user: PublicUser) => void;
}) {
  const t = useT();
  const [mode, setMode] = useState<Mode>('view');
  const [role, setRole] = useState<Role>(user.role);
  const [unitIds, setUnitIds] = useState<string[]>(user.unitIds);
  const [password, setPassword] = useState('');
  const [fullName, setFullName] = useState(user.fullName ?? '');
  const [nip, setNip] = useState(user.nip ?? '');
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  const [serverError, setServerError] = useState<UsersApiErrorCode | null>(null);
  const focusInvalid = useFocusFirstInvalid();

  const names = new Map(units.map((u) => [u.id, u.name]));
  const known = user.unitIds.flatMap((id) => names.get(id) ?? []);
  const unknown = user.unitIds.length - known.length;
  const unitText =
    user.role === 'coordinator'
      ? t('users.units.all')
      : [...known, ...(unknown > 0 ? [t('users.units.unknown', { n: unknown })] : [])].join(', ') ||
        t('users.units.noneAssigned');

  const setModeFresh = (next: Mode) => {
    setMode(next);
    setRole(user.role);
    setUnitIds(user.unitIds);
    setPassword('');
    setFullName(user.fullName ?? '');
    setNip(user.nip ?? '');
    setChecked(false);
    setServerError(null);
  };

  const run = async (action: () => Promise<PublicUser>, message: string, undo?: () => Promise<void>) => {
    setBusy(true);
    setServerError(null);
    try {
      const updated = await action();
      onChanged(updated);
      showToast(message, undo);
      setMode('view');
    } catch (err) {
      setServerError(errorCode(err));
    } finally {
      setBusy(false);
    }
  };

  const saveEdit = (e: Event) => {
    e.preventDefault();
    setChecked(true);
    if (busy) return;
    if (checkFullNameField(fullName) || checkNipField(nip) || (!isMe && checkUnits(role, unitIds))) {
      focusInvalid(e.currentTarget);
      return;
    }
    const person = personFields(fullName, nip);
    void run(
      () =>
        updateUser(user.id, isMe ? person : { ...person, role, unitIds: needsUnits(role) ? unitIds : [] }),
      t('users.saved', { username: user.username }),
    );
  };
  const savePassword = (e: Event) => {
    e.preventDefault();
    setChecked(true);
    if (busy) return;
    if (checkPassword(password)) {
      focusInvalid(e.currentTarget);
      return;
    }
    void run(() => updateUser(user.id, { password }), t('users.passwordReset', { username: user.username }));
  };
  const deactivate = () =>
    run(
      () => deactivateUser(user.id),
      t('users.deactivated', { username: user.username }),
      async () => {
        onChanged(await updateUser(user.id, { active: true }));
      },
    );
  const reactivate = () =>
    run(() => updateUser(user.id, { active: true }), t('users.reactivated', { username: user.username }));

  const unitsProblem = checked ? checkUnits(role, unitIds) : null;
  const passwordProblem = checked ? checkPassword(password) : null;
  const person = [user.fullName, user.nip ? t('users.nipShown', { nip: user.nip }) : '']
    .filter(Boolean)
    .join(' · ');

  return (
    <li
      class={`list__item user-row${user.active ? '' : ' user-row--inactive'}`}
      data-testid={`user-${user.username}`}
    >
      <div class="user-row__summary">
        <div class="list__main">
          <div class="list__title">
            {user.username} {isMe && <span class="badge badge--muted">{t('users.you')}</span>}{' '}
            <span class={`badge${user.active ? '' : ' badge--danger'}`}>
              {user.active ? t('users.active') : t('users.inactive')}
            </span>
          </div>
          {person && <div class="user-row__person">{person}</div>}
          <div class="muted">
            {t(`users.role.${user.role}`)} · {unitText}
          </div>
        </div>
        {mode === 'view' && (
          <div class="user-row__actions">
            {user.active && (
              <button type="button" class="btn btn--secondary" onClick={() => setModeFresh('edit')}>
                {t('users.edit')}
              </button>
            )}
            {user.active && (
              <button type="button" class="btn btn--secondary" onClick={() => setModeFresh('password')}>
                {t('users.resetPassword')}
              </button>
            )}
            {!isMe &&
              (user.active ? (
                <button
                  type="button"
                  class="btn btn--danger"
                  disabled={busy}
                  onClick={() => void deactivate()}
                >
                  {t('users.deactivate')}
                </button>
              ) : (
                <button type="button" class="btn" disabled={busy} onClick={() => void reactivate()}>
                  {t('users.reactivate')}
                </button>
              ))}
          </div>
        )}
      </div>
      {mode === 'edit' && (
        <form class="row-panel" onSubmit={saveEdit} noValidate>
          <PersonFields
            fullName={fullName}
            nip={nip}
            onFullName={setFullName}
            onNip={setNip}
            fullNameProblem={checked ? checkFullNameField(fullName) : null}
            nipProblem={checked ? checkNipField(nip) : null}
          />
          {isMe ? (
            <p class="muted">{t('users.selfNote')}</p>
          ) : (
            <SelectField
              label={t('users.role')}
              value={role}
              options={ROLES.map((r) => ({ value: r, label: t(`users.role.${r}`) }))}
              onChange={(v) => setRole(toRole(v) ?? role)}
            />
          )}
          {isMe ? null : needsUnits(role) ? (
            <UnitPicker
              units={units}
              value={unitIds}
              onChange={setUnitIds}
              error={unitsProblem ? t(`users.error.${unitsProblem}`) : null}
            />
          ) : (
            <p class="muted">{t('users.units.coordinator')}</p>
          )}
          <RowActions busy={busy} onCancel={() => setMode('view')} />
        </form>
      )}
      {mode === 'password' && (
        <form class="row-panel" onSubmit={savePassword} noValidate>
          <PlainField
            label={t('users.newPassword')}
            name="reset-password"
            autoComplete="new-password"
            value={password}
            onInput={setPassword}
            hint={t('users.password.hint')}
            error={passwordProblem ? t(`users.error.${passwordProblem}`) : null}
          />
          <RowActions busy={busy} onCancel={() => setMode('view')} />
        </form>
      )}
      {serverError && (
        <p class="users-error" role="alert">
          {t(`users.error.${serverError}`)}
        </p>
      )}
    </li>
  );
}

function RowActions({ busy, onCancel }: { busy: boolean; onCancel: () => void }) {
  const t = useT();
  return (
    <div class="actions">
      <button type="submit" class="btn" disabled={busy}>
        {busy ? t('users.saving') : t('users.save')}
      </button>
      <button type="button" class="btn btn--secondary" onClick={onCancel}>
        {t('action.cancel')}
      </button>
    </div>
  );
}
