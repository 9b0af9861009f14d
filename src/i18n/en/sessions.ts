import type { sessions as id } from '../id/sessions';

export const sessions: Record<keyof typeof id, string> = {};
