/** Strings of the sessions screens (Indonesian, the source language). */
export const sessions = {} as const;
