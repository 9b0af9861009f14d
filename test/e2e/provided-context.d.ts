// Values the e2e global setup hands to the tests through `inject()`.
export {};

declare module 'vitest' {
  export interface ProvidedContext {
    /** The running server, e.g. http://127.0.0.1:41234 (no trailing slash). */
    baseURL: string;
    /** Chromium binary for playwright-core's executablePath. */
    chromiumPath: string;
    /** Password of the `koordinator` account the server created at start. */
    adminPassword: string;
  }
}
