import { setMyName, useUi } from '../../../state/ui-store';
import { useT } from '../../hooks/use-t';
import { TextField } from '../fields';

/** The user's own name: prefilled as facilitator on new mentoring sessions. */
export function NameSection() {
  const t = useT();
  const myName = useUi((s) => s.myName);
  return (
    <section class="card">
      <h2>{t('settings.name.title')}</h2>
      <TextField
        label={t('settings.name.label')}
        value={myName}
        placeholder={t('settings.name.placeholder')}
        hint={t('settings.name.hint')}
        name="myName"
        onInput={setMyName}
      />
    </section>
  );
}
