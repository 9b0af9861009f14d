import { memo } from 'preact/compat';
import { listSessionFollowUps } from '../../../db/queries/sessions';
import { useFocusNewRow } from '../../focus/new-row';
import { useLiveQuery } from '../../hooks/use-live-query';
import { usePermissions } from '../../hooks/use-permissions';
import { useT } from '../../hooks/use-t';
import { AddFollowUpForm, type SessionFollowUpsProps } from './AddFollowUpForm';
import { FollowUpEditRow } from './FollowUpEditRow';

/**
 * Rencana tindak lanjut: add a follow-up, then edit, tick or delete the session's follow-ups. A role
 * that may not add follow-ups (a unit team) sees the list only. Memoised, like each row: typing in
 * the session's own fields must not re-render hundreds of follow-ups, which do not depend on them.
 */
export const SessionFollowUps = memo(function SessionFollowUps({
  sessionId,
  unitId,
  innovations,
  unsaved,
  sessionDate,
}: SessionFollowUpsProps) {
  const t = useT();
  const perms = usePermissions();
  const items = useLiveQuery(() => listSessionFollowUps(sessionId), [sessionId]);
  const canAdd = perms.can('actionItems', 'create', unitId);
  // The new follow-up's first field takes focus: its details are edited in its row.
  const { container, focusRow } = useFocusNewRow<HTMLElement>();
  const names = new Map((innovations ?? []).map((i) => [i.id, i.name]));
  return (
    <section class="card" aria-labelledby="session-followups-title" ref={container}>
      <h2 id="session-followups-title">{t('sessions.followUps.title')}</h2>
      {canAdd && (
        <AddFollowUpForm
          sessionId={sessionId}
          unitId={unitId}
          innovations={innovations}
          unsaved={unsaved}
          sessionDate={sessionDate}
          onAdded={focusRow}
        />
      )}
      {items === undefined ? (
        <p class="muted">{t('loading')}</p>
      ) : items.length === 0 ? (
        <p class="muted session-followups__empty">
          {t(canAdd ? 'sessions.followUps.empty' : 'sessions.followUps.emptyReadOnly')}
        </p>
      ) : (
        <ol class="session-followups" aria-label={t('sessions.followUps.list')}>
          {items.map((item, index) => (
            <li key={item.id} data-row-id={item.id}>
              <FollowUpEditRow
                item={item}
                n={index + 1}
                sessionDate={sessionDate}
                innovationName={item.innovationId ? (names.get(item.innovationId) ?? '') : ''}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
});
