/** Strings of the units screens (Indonesian, the source language). */
export const units = {} as const;
