/** Strings of the followUps screens (Indonesian, the source language). */
export const followUps = {} as const;
