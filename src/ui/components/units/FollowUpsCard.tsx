import { useState } from 'preact/hooks';
import { completeFollowUp, reopenFollowUp } from '../../../db/commands/follow-ups';
import type { ActionItem } from '../../../domain/action-item';
import { isOverdue } from '../../../domain/action-item';
import { localToday } from '../../../domain/dates';
import type { MentoringSession } from '../../../domain/session';
import { formatDate } from '../../../i18n';
import { showToast } from '../../../state/ui-store';
import { useLang, useT } from '../../hooks/use-t';
import { paths } from '../../router';
import { EmptyState } from '../EmptyState';
import { Checkbox } from '../fields';
import { Link } from '../Link';

/** Open follow-ups of the unit; ticking one marks it done (with undo). */
export function FollowUpsCard({ items, sessions }: { items: ActionItem[]; sessions: MentoringSession[] }) {
  const t = useT();
  const lang = useLang();
  const today = localToday();
  // Ticked but not yet gone from the live list: keep the box checked meanwhile.
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const sessionDate = new Map(sessions.map((s) => [s.id, s.date]));

  const markDone = async (item: ActionItem) => {
    setTicked((s) => new Set(s).add(item.id));
    try {
      await completeFollowUp(item.id);
      showToast(t('units.followUps.done', { what: item.text }), () => reopenFollowUp(item.id));
    } catch {
      showToast(t('error.unexpected'));
    } finally {
      setTicked((s) => {
        const next = new Set(s);
        next.delete(item.id);
        return next;
      });
    }
  };

  return (
    <section class="card" aria-labelledby="unit-followups-title">
      <h2 id="unit-followups-title">{t('units.followUps.title')}</h2>
      {items.length === 0 ? (
        <EmptyState title={t('units.followUps.empty')}>
          <p>{t('units.followUps.emptyBody')}</p>
        </EmptyState>
      ) : (
        <ul class="list">
          {items.map((item) => {
            const date = item.sessionId ? sessionDate.get(item.sessionId) : undefined;
            return (
              <li key={item.id} class="list__item">
                <div class="list__main">
                  <Checkbox
                    label={item.text}
                    checked={ticked.has(item.id)}
                    onChange={(checked) => {
                      if (checked && !ticked.has(item.id)) void markDone(item);
                    }}
                  />
                  <div class="unit-meta unit-followup__meta">
                    {item.owner && (
                      <span class="muted">{t('units.followUps.owner', { owner: item.owner })}</span>
                    )}
                    {item.dueDate && (
                      <span class="muted">
                        {t('units.followUps.due', { date: formatDate(lang, item.dueDate) })}
                      </span>
                    )}
                    {isOverdue(item, today) && (
                      <span class="badge badge--danger">{t('units.followUps.overdue')}</span>
                    )}
                    {date !== undefined && item.sessionId && (
                      <Link href={paths.session(item.sessionId)} class="unit-link">
                        {t('units.followUps.session', { date: formatDate(lang, date) })}
                      </Link>
                    )}
                  </div>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
