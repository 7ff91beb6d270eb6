/** What the global setup hands to every test file. */
export interface StackInfo {
  apiUrl: string;
  anonKey: string;
  /** For tests and scripts only: it bypasses RLS. */
  serviceRoleKey: string;
  /** postgres superuser connection string. */
  dbUrl: string;
  /** The production build of the SPA, served and pointed at this stack. */
  appUrl: string;
  distDir: string;
  /** Scratch folder of this test run. */
  home: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    stack: StackInfo;
  }
}
