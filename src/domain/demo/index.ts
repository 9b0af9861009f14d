/**
 * Demo data: a fictional city, Kota Sukamaju, with units, innovations in every 5D stage,
 * mentoring sessions and follow-ups. Pure and deterministic: the same `today`, `seed` and id
 * sequence give the same records, and every date is relative to `today` so the demo never
 * looks stale. The caller writes the records (db/demo.ts, one transaction).
 */
import { CLINIC_IDENTITY_ID } from '../clinic-identity-record';
import { TABLES, type TableName } from '../table-names';
import type { FieldsOf } from '../tables';
import type { TargetFields } from '../target';
import { demoClinicIdentity } from './clinic-identity';
import { DEMO_INNOVATIONS, type DemoInnovationSpec } from './innovation-specs';
import { type DemoInnovation, demoInnovation } from './innovations';
import { demoStaff } from './people';
import { createRng } from './random';
import { DEMO_SESSION_COUNT, type DemoUnitContext, demoSessions } from './sessions';
import { DEMO_CITY, DEMO_UNITS, type DemoUnitSpec, demoUnitFields, POSITIONS } from './units';

export { DEMO_FACILITATORS } from './people';
export { DEMO_CITY, DEMO_UNITS } from './units';

/** The tables the demo fills (not conflicts: only the server makes those). */
export type DemoTable = Exclude<TableName, 'conflicts'>;
export const DEMO_TABLES: readonly DemoTable[] = TABLES.filter((t): t is DemoTable => t !== 'conflicts');

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
  /**
   * A bigger city (the benchmarks' 50 units, 2,000 innovations, 10,000 sessions): units and
   * innovations repeat the demo's specs round-robin; each session still gets two follow-ups.
   */
  scale?: DemoScale;
}

export interface DemoScale {
  units: number;
  innovations: number;
  sessions: number;
}

const DEMO_SCALE: DemoScale = {
  units: DEMO_UNITS.length,
  innovations: DEMO_INNOVATIONS.length,
  sessions: DEMO_SESSION_COUNT,
};

/** The `round`-th copy of a unit spec: the demo's own first, then numbered twins. */
function unitSpecAt(i: number): DemoUnitSpec {
  const spec = DEMO_UNITS[i % DEMO_UNITS.length] as DemoUnitSpec;
  const round = Math.floor(i / DEMO_UNITS.length);
  return round === 0 ? spec : { ...spec, key: `${spec.key}#${round}`, name: `${spec.name} ${round + 1}` };
}

/** Which unit copies get the `j`-th innovation: the demo's own unit, in its `j / 26`-th copy. */
function innovationAt(j: number, units: number): { spec: DemoInnovationSpec; unitIndex: number } {
  const spec = DEMO_INNOVATIONS[j % DEMO_INNOVATIONS.length] as DemoInnovationSpec;
  const base = DEMO_UNITS.findIndex((u) => u.key === spec.unit);
  const copies = Math.max(1, Math.floor((units - base - 1) / DEMO_UNITS.length) + 1);
  const round = Math.floor(j / DEMO_INNOVATIONS.length);
  const unitIndex = base + DEMO_UNITS.length * (round % copies);
  const name = round === 0 ? spec.name : `${spec.name} ${round + 1}`;
  return { spec: { ...spec, name }, unitIndex };
}

export const DEFAULT_DEMO_SEED = 20_240_517;
const STAFF_PER_UNIT = 5;

export function generateDemoData({
  today,
  seed = DEFAULT_DEMO_SEED,
  newId,
  scale = DEMO_SCALE,
}: DemoOptions): DemoData {
  const rng = createRng(seed);
  const data: DemoData = {
    units: [],
    innovations: [],
    stageProgress: [],
    mentoringSessions: [],
    actionItems: [],
    targets: [],
    clinicIdentities: [],
  };
  const contexts: DemoUnitContext[] = [];
  for (let i = 0; i < scale.units; i++) {
    const spec = unitSpecAt(i);
    const unitId = newId();
    data.units.push({ id: unitId, fields: demoUnitFields(spec) });
    const staff = demoStaff(rng, POSITIONS[spec.kind], STAFF_PER_UNIT);
    contexts.push({ unitId, unitName: spec.name, staff, innovations: [] });
  }
  for (let j = 0; j < scale.innovations; j++) {
    const { spec, unitIndex } = innovationAt(j, scale.units);
    const unit = contexts[unitIndex];
    if (!unit) continue; // a city smaller than the demo: that unit is not there
    const innovation = demoInnovation(
      { spec, unitId: unit.unitId, unitName: unit.unitName, staff: unit.staff, today, rng, newId },
      j % DEMO_INNOVATIONS.length,
    );
    (unit.innovations as DemoInnovation[]).push(innovation);
  }
  for (const unit of contexts) {
    for (const innovation of unit.innovations) {
      data.innovations.push({ id: innovation.id, fields: innovation.fields });
      data.stageProgress.push(...innovation.stages);
    }
  }
  const { sessions, actionItems } = demoSessions(contexts, today, rng, newId, scale.sessions);
  data.mentoringSessions = sessions;
  data.actionItems = actionItems;
  const target: TargetFields = {
    year: Number(today.slice(0, 4)),
    proposalTarget: 100,
    onePerAgency: true,
    notes: `Target Klinik Inovasi ${DEMO_CITY}: paling sedikit 100 usulan inovasi dan setiap perangkat daerah memiliki minimal satu inovasi (1 instansi 1 inovasi).`,
  };
  data.targets.push({ id: newId(), fields: target });
  // The city's one identity row, under its fixed id (loadDemoData keeps an identity already set).
  data.clinicIdentities.push({ id: CLINIC_IDENTITY_ID, fields: demoClinicIdentity() });
  return data;
}
