/** Strings of the targets screens (Indonesian, the source language). */
export const targets = {} as const;
