import type { innovations as id } from '../id/innovations';

export const innovations: Record<keyof typeof id, string> = {};
