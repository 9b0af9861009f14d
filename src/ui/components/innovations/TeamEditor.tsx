import { uuidv7 } from '../../../domain/ids';
import { MAX_TEAM, type TeamMember } from '../../../domain/innovation';
import type { ErrorCode } from '../../../domain/validation';
import { showToast } from '../../../state/ui-store';
import { useFocusNewRow } from '../../focus/new-row';
import { useT } from '../../hooks/use-t';
import { TextField } from '../fields';
import { reinsert, useLatest } from './use-latest';

/** The innovation team as editable rows; the whole list is one autosaved field. */
export function TeamEditor({
  team,
  error,
  onChange,
}: {
  team: readonly TeamMember[];
  error?: ErrorCode | undefined;
  onChange: (team: TeamMember[]) => void;
}) {
  const t = useT();
  const latest = useLatest({ team, onChange });
  const { container, focusRow } = useFocusNewRow<HTMLElement>();
  const update = (id: string, patch: Partial<TeamMember>) =>
    onChange(team.map((m) => (m.id === id ? { ...m, ...patch } : m)));
  const remove = (member: TeamMember, index: number) => {
    onChange(team.filter((m) => m.id !== member.id));
    // Only a row with something typed in it is worth an undo.
    if (member.name.trim() || member.role.trim()) {
      showToast(t('innovations.team.removed'), async () => {
        latest.current.onChange(reinsert(latest.current.team, member, index));
      });
    }
  };
  return (
    <section class="card" aria-labelledby="innovation-team" ref={container}>
      <h2 id="innovation-team">{t('innovations.section.team')}</h2>
      {team.length === 0 ? (
        <p class="muted">{t('innovations.team.empty')}</p>
      ) : (
        <ol class="rows team-rows">
          {team.map((member, index) => (
            <li key={member.id} class="team-row" data-row-id={member.id}>
              <TextField
                label={t('innovations.team.name', { n: index + 1 })}
                value={member.name}
                onInput={(v) => update(member.id, { name: v })}
              />
              <TextField
                label={t('innovations.team.role', { n: index + 1 })}
                value={member.role}
                onInput={(v) => update(member.id, { role: v })}
              />
              <button
                type="button"
                class="btn btn--danger btn--icon"
                aria-label={t('innovations.team.remove', { n: index + 1 })}
                onClick={() => remove(member, index)}
              >
                ×
              </button>
            </li>
          ))}
        </ol>
      )}
      {error && (
        <p class="field__error" role="alert">
          {t(`error.${error}`)}
        </p>
      )}
      <div class="actions">
        <button
          type="button"
          class="btn btn--secondary"
          disabled={team.length >= MAX_TEAM}
          onClick={() => {
            const id = uuidv7();
            onChange([...team, { id, name: '', role: '' }]);
            focusRow(id);
          }}
        >
          + {t('innovations.team.add')}
        </button>
      </div>
    </section>
  );
}
