import { useState } from 'preact/hooks';
import { completeFollowUp, reopenFollowUp } from '../../../db/commands/follow-ups';
import { isOverdue } from '../../../domain/action-item';
import type { FollowUpRow } from '../../../domain/queries/follow-ups';
import { formatDate } from '../../../i18n';
import { showToast } from '../../../state/ui-store';
import { useLang, useT } from '../../hooks/use-t';
import { paths } from '../../router';
import { Checkbox } from '../fields';
import { Link } from '../Link';
import { FollowUpNote } from './FollowUpNote';

/** One follow-up: tick it done (with undo), see who, by when, and where it came from. */
export function FollowUpItem({ row, today }: { row: FollowUpRow; today: string }) {
  const t = useT();
  const lang = useLang();
  const { item, unitName, sessionDate, innovationName } = row;
  // Between the tap and the live list catching up, show the box as the user left it.
  const [pending, setPending] = useState<boolean | null>(null);
  const done = pending ?? item.status === 'done';
  const overdue = isOverdue(item, today);

  const toggle = async (checked: boolean) => {
    if (pending !== null) return;
    setPending(checked);
    try {
      if (checked) {
        await completeFollowUp(item.id);
        showToast(t('followUps.toast.done', { what: item.text }), () => reopenFollowUp(item.id));
      } else {
        await reopenFollowUp(item.id);
        showToast(t('followUps.toast.reopened', { what: item.text }));
      }
    } catch {
      showToast(t('error.unexpected'));
    } finally {
      setPending(null);
    }
  };

  return (
    <li class={`list__item followup${overdue ? ' followup--overdue' : ''}`} data-testid="follow-up">
      <div class="list__main">
        <Checkbox label={item.text} checked={done} onChange={(checked) => void toggle(checked)} />
        <div class="session-meta followup__meta">
          {overdue && <span class="badge badge--danger">{t('followUps.overdue')}</span>}
          {item.status === 'done' && item.doneDate ? (
            <span class="badge badge--muted">
              {t('followUps.doneOn', { date: formatDate(lang, item.doneDate) })}
            </span>
          ) : (
            <span class="muted">
              {item.dueDate
                ? t('followUps.due', { date: formatDate(lang, item.dueDate) })
                : t('followUps.noDue')}
            </span>
          )}
          <span class="muted">
            {item.owner ? t('followUps.owner', { owner: item.owner }) : t('followUps.noOwner')}
          </span>
          <Link href={paths.unit(item.unitId)} class="session-link">
            {unitName}
          </Link>
          {sessionDate && (
            <Link href={paths.session(item.sessionId)} class="session-link">
              {t('followUps.session', { date: formatDate(lang, sessionDate) })}
            </Link>
          )}
          {innovationName && <span class="muted">{t('followUps.innovation', { name: innovationName })}</span>}
        </div>
        <FollowUpNote item={item} />
      </div>
    </li>
  );
}
