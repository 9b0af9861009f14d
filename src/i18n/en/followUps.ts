import type { followUps as id } from '../id/followUps';

export const followUps: Record<keyof typeof id, string> = {};
