/** Strings of the innovations screens (Indonesian, the source language). */
export const innovations = {} as const;
