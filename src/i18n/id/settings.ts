/** Strings of the settings screens (Indonesian, the source language). */
export const settings = {} as const;
