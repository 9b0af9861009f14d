import type { targets as id } from '../id/targets';

export const targets: Record<keyof typeof id, string> = {};
