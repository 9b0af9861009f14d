import type { units as id } from '../id/units';

export const units: Record<keyof typeof id, string> = {};
