/**
 * Every screen that counts follow-ups asks domain/follow-up-live, so they agree. The case that
 * used to split them: a follow-up left behind by a deleted session (the units list and a unit's
 * page still counted it, the follow-ups list, the dashboard and the exports did not).
 */
import { describe, expect, it } from 'vitest';
import { createInnovation } from '../../src/db/commands/innovations';
import { createRecord, deleteRecord } from '../../src/db/mutations';
import { getDashboard } from '../../src/db/queries/dashboard';
import { getUnitReport, loadExportData } from '../../src/db/queries/export';
import { listFollowUps } from '../../src/db/queries/follow-ups';
import { getUnitDetail } from '../../src/db/queries/unit-detail';
import { listUnitSummaries } from '../../src/db/queries/units';
import { newActionItemFields } from '../../src/domain/action-item';
import { newSessionFields } from '../../src/domain/session';
import { newUnitFields } from '../../src/domain/unit';

const TODAY = '2026-06-20';

async function counts(unitId: string) {
  const [summaries, detail, followUps, dashboard, report, exported] = await Promise.all([
    listUnitSummaries(TODAY),
    getUnitDetail(unitId),
    listFollowUps(),
    getDashboard({ year: 'all', group: '', kind: '' }, TODAY),
    getUnitReport(unitId),
    loadExportData(),
  ]);
  return {
    unitsList: summaries.find((s) => s.unit.id === unitId)?.openFollowUps,
    unitPage: detail?.openFollowUps.length,
    followUpsList: followUps.length,
    dashboard: dashboard.scope.followUps.length,
    report: report?.openFollowUps.length,
    export: exported.actionItems.length,
  };
}
const everywhere = (n: number) => ({
  unitsList: n,
  unitPage: n,
  followUpsList: n,
  dashboard: n,
  report: n,
  export: n,
});

describe('open follow-ups are counted alike on every screen', () => {
  it('a follow-up of a deleted session counts nowhere', async () => {
    const unitId = await createRecord('units', newUnitFields({ name: 'Dinas Kesehatan', kind: 'opd' }));
    const sessionId = await createRecord(
      'mentoringSessions',
      newSessionFields({ unitId, date: '2026-06-01' }),
    );
    await createRecord('actionItems', newActionItemFields({ unitId, sessionId, text: 'Kirim SK tim' }));
    await createRecord('actionItems', newActionItemFields({ unitId, text: 'Susun SOP' }));
    expect(await counts(unitId)).toEqual(everywhere(2));

    await deleteRecord('mentoringSessions', sessionId); // its follow-up stays behind, not deleted
    expect(await counts(unitId)).toEqual(everywhere(1));
  });

  it('a follow-up of a deleted innovation counts nowhere', async () => {
    const unitId = await createRecord('units', newUnitFields({ name: 'Dinas Sosial', kind: 'opd' }));
    const innovationId = await createInnovation({ unitId, name: 'Bansos Tepat' });
    await createRecord('actionItems', newActionItemFields({ unitId, innovationId, text: 'Uji coba' }));
    expect(await counts(unitId)).toEqual(everywhere(1));

    await deleteRecord('innovations', innovationId);
    expect(await counts(unitId)).toEqual(everywhere(0));
  });
});
