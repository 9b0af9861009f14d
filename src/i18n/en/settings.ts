import type { settings as id } from '../id/settings';

export const settings: Record<keyof typeof id, string> = {};
