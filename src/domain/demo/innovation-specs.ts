import type { DemoInnovationSpec } from './innovation-spec';
import { EARLY_INNOVATIONS } from './innovations-early';
import { LATE_INNOVATIONS } from './innovations-late';

export type { DemoInnovationSpec } from './innovation-spec';

/** 26 innovations: five or six in each 5D stage, spread over every unit but one agency. */
export const DEMO_INNOVATIONS: readonly DemoInnovationSpec[] = [...LATE_INNOVATIONS, ...EARLY_INNOVATIONS];
