import { type InnovationFields, newInnovationFields, type TeamMember } from '../innovation';
import { defaultStageProgress, type StageProgressFields } from '../stage-progress';
import { STAGES, type StageKey, stageIndex } from '../stages';
import type { DemoInnovationSpec } from './innovation-specs';
import type { DemoPerson } from './people';
import { addDays, type Rng } from './random';
import { designHasil, hasil, manfaat, problemParagraph, rancangBangun, tujuan } from './texts';

export interface DemoInnovation {
  id: string;
  fields: InnovationFields;
  stages: { id: string; fields: StageProgressFields }[];
}

interface Context {
  spec: DemoInnovationSpec;
  unitId: string;
  unitName: string;
  staff: readonly DemoPerson[];
  today: string;
  rng: Rng;
  newId: () => string;
}

const TEAM_ROLES = ['Ketua tim', 'Sekretaris', 'Anggota', 'Anggota', 'Operator data'];

/** Stage names as facilitators write them in notes (the 5D names are used untranslated). */
export const STAGE_NAMES: Record<StageKey, string> = {
  drumUp: 'Drum up',
  diagnose: 'Diagnose',
  design: 'Design',
  deliver: 'Deliver',
  display: 'Display',
};

/** When each stage started and ended, walking back from today; '' for stages not reached. */
function timeline(current: StageKey, today: string, rng: Rng): { start: string; end: string }[] {
  const k = stageIndex(current);
  const dates = STAGES.map(() => ({ start: '', end: '' }));
  let start = addDays(today, -rng.int(5, 25));
  const slot = dates[k];
  if (slot) slot.start = start;
  for (let i = k - 1; i >= 0; i--) {
    const end = addDays(start, -1);
    start = addDays(end, -rng.int(18, 40));
    dates[i] = { start, end };
  }
  return dates;
}

/** Spreads `n` tick dates between `from` and `to` (inclusive), in order. */
function tickDates(from: string, to: string, n: number): string[] {
  const span = Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000));
  return Array.from({ length: n }, (_, i) => addDays(from, Math.round((span * (i + 1)) / (n + 1))));
}

/**
 * Stage rows consistent with the current stage: earlier stages done with every item ticked,
 * the current one in progress with some items ticked, later ones not started.
 */
function stageRows(ctx: Context, innovationId: string): DemoInnovation['stages'] {
  const { spec, today, rng, newId } = ctx;
  const k = stageIndex(spec.stage);
  const dates = timeline(spec.stage, today, rng);
  return STAGES.map((stage, i) => {
    const fields = defaultStageProgress(innovationId, stage, newId);
    const when = dates[i] ?? { start: '', end: '' };
    if (i < k) {
      const ticks = tickDates(when.start, when.end, fields.checklist.length);
      fields.status = 'done';
      fields.checklist = fields.checklist.map((item, j) => ({
        ...item,
        done: true,
        doneDate: ticks[j] ?? when.end,
      }));
      fields.startDate = when.start;
      fields.endDate = when.end;
      fields.notes = `Tahap ${STAGE_NAMES[stage]} selesai; bukti kegiatan tersimpan di folder tim.`;
    } else if (i === k) {
      const done = rng.int(1, fields.checklist.length - 1);
      const ticks = tickDates(when.start, today, done);
      fields.status = 'inProgress';
      fields.checklist = fields.checklist.map((item, j) =>
        j < done ? { ...item, done: true, doneDate: ticks[j] ?? today } : item,
      );
      fields.startDate = when.start;
    }
    return { id: newId(), fields };
  });
}

function team(ctx: Context): TeamMember[] {
  const size = ctx.rng.int(2, Math.min(4, ctx.staff.length));
  return ctx.staff.slice(0, size).map((person, i) => ({
    id: ctx.newId(),
    name: person.name,
    role: TEAM_ROLES[i] ?? 'Anggota',
  }));
}

/**
 * One innovation with its five stage rows. From Design on (every other one in Design) the IID
 * profile is complete; earlier ones are drafts with open fields and a short rancang bangun.
 */
export function demoInnovation(ctx: Context, position: number): DemoInnovation {
  const { spec, unitId, unitName, rng, newId } = ctx;
  const id = newId();
  const stages = stageRows(ctx, id);
  const k = stageIndex(spec.stage);
  const complete = k >= 3 || (k === 2 && position % 2 === 0);
  const base = { unitId, name: spec.name, currentStage: spec.stage, team: team(ctx), urusan: spec.urusan };
  let fields: InnovationFields;
  if (complete) {
    const deliver = stages[3]?.fields.startDate ?? '';
    const display = stages[4]?.fields.startDate ?? '';
    fields = newInnovationFields({
      ...base,
      tahapan: k === 4 ? 'penerapan' : k === 3 ? 'ujiCoba' : 'inisiatif',
      inisiator: spec.inisiator,
      jenis: spec.jenis,
      bentuk: spec.bentuk,
      trialDate: k >= 3 ? deliver : '',
      implementationDate: k === 4 ? display : '',
      rancangBangun: rancangBangun(spec, unitName, rng),
      tujuan: tujuan(spec),
      manfaat: manfaat(spec),
      hasil: k >= 3 ? hasil(spec, rng) : designHasil(spec),
      anggaran: k >= 3 ? `APBD Kota Sukamaju, Rp${rng.int(2, 9) * 25} juta per tahun.` : '',
      penghargaan: k === 4 && position % 2 === 0 ? 'Top 45 Kompetisi Inovasi Kota Sukamaju' : '',
    });
  } else {
    // A draft: what a team typically has before the clinic's first reviews.
    fields = newInnovationFields({
      ...base,
      tahapan: k === 0 ? '' : 'inisiatif',
      inisiator: k === 0 ? '' : spec.inisiator,
      jenis: spec.jenis,
      rancangBangun: k === 0 && position % 2 === 1 ? '' : problemParagraph(spec, unitName, rng),
      tujuan: k >= 1 ? tujuan(spec) : '',
    });
  }
  return { id, fields, stages };
}
