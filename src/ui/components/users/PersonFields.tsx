import { useT } from '../../hooks/use-t';
import { PlainField } from './PlainField';
import type { UserFormProblem } from './user-form';

/** An account's full name and NIP, both optional, in the new-account and edit forms. */
export function PersonFields(props: {
  fullName: string;
  nip: string;
  onFullName: (value: string) => void;
  onNip: (value: string) => void;
  fullNameProblem: UserFormProblem | null;
  nipProblem: UserFormProblem | null;
}) {
  const t = useT();
  return (
    <div class="grid-2">
      <PlainField
        label={t('users.fullName')}
        name="full-name"
        autoComplete="off"
        value={props.fullName}
        onInput={props.onFullName}
        hint={t('users.fullName.hint')}
        error={props.fullNameProblem ? t(`users.error.${props.fullNameProblem}`) : null}
      />
      <PlainField
        label={t('users.nip')}
        name="nip"
        autoComplete="off"
        value={props.nip}
        onInput={props.onNip}
        hint={t('users.nip.hint')}
        error={props.nipProblem ? t(`users.error.${props.nipProblem}`) : null}
      />
    </div>
  );
}
