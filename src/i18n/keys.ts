import type { id } from './id';

/** Every message key, typed from the Indonesian source: a missing or misspelt key fails `tsc`. */
export type MessageKey = keyof typeof id;
export type Lang = 'id' | 'en';
export const LANGS: readonly Lang[] = ['id', 'en'];
