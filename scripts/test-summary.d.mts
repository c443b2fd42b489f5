export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
  todo: number;
}
export declare function summarise(log: string): { closing: string[]; notes: string[]; counts: Counts };
