import { useState } from 'preact/hooks';
import type { Unit } from '../../../domain/unit';
import { ROLES, type Role } from '../../../protocol/protocol';
import { showToast } from '../../../state/ui-store';
import { createUser, errorCode, type UsersApiErrorCode } from '../../../sync/users-api';
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
  checkUsername,
  needsUnits,
  normalizeUsername,
  personFields,
  toRole,
} from './user-form';

/**
 * "Tambah akun": username, password, the person's full name and NIP (optional), role and (for
 * facilitators and unit teams) their units.
 */
export function NewUserForm({
  units,
  onCreated,
  onCancel,
}: {
  units: readonly Unit[];
  onCreated: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [fullName, setFullName] = useState('');
  const [nip, setNip] = useState('');
  const [role, setRole] = useState<Role>('facilitator');
  const [unitIds, setUnitIds] = useState<string[]>([]);
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  const [serverError, setServerError] = useState<UsersApiErrorCode | null>(null);
  const focusInvalid = useFocusFirstInvalid();

  const problems = {
    username: checkUsername(username),
    password: checkPassword(password),
    units: checkUnits(role, unitIds),
    fullName: checkFullNameField(fullName),
    nip: checkNipField(nip),
  };
  const show = (p: keyof typeof problems) => {
    const code = checked ? problems[p] : null;
    return code ? t(`users.error.${code}`) : null;
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    setChecked(true);
    if (busy) return;
    if (Object.values(problems).some(Boolean)) {
      focusInvalid(e.currentTarget);
      return;
    }
    setBusy(true);
    setServerError(null);
    const name = normalizeUsername(username);
    try {
      await createUser({
        username: name,
        password,
        role,
        unitIds: needsUnits(role) ? unitIds : [],
        ...personFields(fullName, nip),
      });
      showToast(t('users.created', { username: name }));
      onCreated();
    } catch (err) {
      setServerError(errorCode(err));
      setBusy(false);
    }
  };

  return (
    <form class="panel user-form" onSubmit={submit} noValidate data-testid="new-user-form">
      <h2>{t('users.form.title')}</h2>
      <div class="grid-2">
        <PlainField
          label={t('users.username')}
          name="new-username"
          autoComplete="off"
          value={username}
          onInput={setUsername}
          hint={t('users.username.hint')}
          error={show('username')}
        />
        <PlainField
          label={t('users.password')}
          name="new-password"
          autoComplete="new-password"
          value={password}
          onInput={setPassword}
          hint={t('users.password.hint')}
          error={show('password')}
        />
      </div>
      <PersonFields
        fullName={fullName}
        nip={nip}
        onFullName={setFullName}
        onNip={setNip}
        fullNameProblem={checked ? problems.fullName : null}
        nipProblem={checked ? problems.nip : null}
      />
      <SelectField
        label={t('users.role')}
        value={role}
        options={ROLES.map((r) => ({ value: r, label: t(`users.role.${r}`) }))}
        onChange={(v) => setRole(toRole(v) ?? role)}
      />
      {needsUnits(role) ? (
        <UnitPicker units={units} value={unitIds} onChange={setUnitIds} error={show('units')} />
      ) : (
        <p class="muted">{t('users.units.coordinator')}</p>
      )}
      {serverError && (
        <p class="users-error" role="alert" data-testid="users-form-error">
          {t(`users.error.${serverError}`)}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="btn" disabled={busy}>
          {busy ? t('users.creating') : t('users.create')}
        </button>
        <button type="button" class="btn btn--secondary" onClick={onCancel}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
