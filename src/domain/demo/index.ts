/**
 * Demo data: a fictional city, Kota Sukamaju, with units, innovations in every 5D stage,
 * mentoring sessions and follow-ups. Pure and deterministic: the same `today`, `seed` and id
 * sequence give the same records, and every date is relative to `today` so the demo never
 * looks stale. The caller writes the records (db/demo.ts, one transaction).
 */
import type { FieldsOf, TableName } from '../tables';
import type { TargetFields } from '../target';
import { DEMO_INNOVATIONS } from './innovation-specs';
import { type DemoInnovation, demoInnovation } from './innovations';
import { demoStaff } from './people';
import { createRng } from './random';
import { type DemoUnitContext, demoSessions } from './sessions';
import { DEMO_CITY, DEMO_UNITS, demoUnitFields, POSITIONS } from './units';

export { DEMO_FACILITATORS } from './people';
export { DEMO_CITY, DEMO_UNITS } from './units';

/** The tables the demo fills (not conflicts: only the server makes those). */
export const DEMO_TABLES = [
  'units',
  'innovations',
  'stageProgress',
  'mentoringSessions',
  'actionItems',
  'targets',
] as const satisfies readonly TableName[];
export type DemoTable = (typeof DEMO_TABLES)[number];

export interface DemoRecord<T extends DemoTable> {
  id: string;
  fields: FieldsOf<T>;
}

export type DemoData = { [T in DemoTable]: DemoRecord<T>[] };

export interface DemoOptions {
  /** `YYYY-MM-DD`: sessions lie before it, some follow-ups fall due after it. */
  today: string;
  seed?: number;
  newId: () => string;
}

export const DEFAULT_DEMO_SEED = 20_240_517;
const STAFF_PER_UNIT = 5;

export function generateDemoData({ today, seed = DEFAULT_DEMO_SEED, newId }: DemoOptions): DemoData {
  const rng = createRng(seed);
  const data: DemoData = {
    units: [],
    innovations: [],
    stageProgress: [],
    mentoringSessions: [],
    actionItems: [],
    targets: [],
  };
  const contexts: DemoUnitContext[] = [];
  for (const spec of DEMO_UNITS) {
    const unitId = newId();
    data.units.push({ id: unitId, fields: demoUnitFields(spec) });
    const staff = demoStaff(rng, POSITIONS[spec.kind], STAFF_PER_UNIT);
    const innovations: DemoInnovation[] = DEMO_INNOVATIONS.filter((i) => i.unit === spec.key).map((i) =>
      demoInnovation(
        { spec: i, unitId, unitName: spec.name, staff, today, rng, newId },
        DEMO_INNOVATIONS.indexOf(i),
      ),
    );
    for (const innovation of innovations) {
      data.innovations.push({ id: innovation.id, fields: innovation.fields });
      data.stageProgress.push(...innovation.stages);
    }
    contexts.push({ unitId, unitName: spec.name, staff, innovations });
  }
  const { sessions, actionItems } = demoSessions(contexts, today, rng, newId);
  data.mentoringSessions = sessions;
  data.actionItems = actionItems;
  const target: TargetFields = {
    year: Number(today.slice(0, 4)),
    proposalTarget: 100,
    onePerAgency: true,
    notes: `Target Klinik Inovasi ${DEMO_CITY}: paling sedikit 100 usulan inovasi dan setiap perangkat daerah memiliki minimal satu inovasi (1 instansi 1 inovasi).`,
  };
  data.targets.push({ id: newId(), fields: target });
  return data;
}
