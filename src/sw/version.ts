/** The build's version (package.json, or VITE_APP_VERSION at build time; see vite.config.ts). */
export const APP_VERSION: string = import.meta.env.VITE_APP_VERSION ?? 'dev';
