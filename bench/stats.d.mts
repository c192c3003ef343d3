export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
}
export declare function summarize(values: number[]): Summary;
export declare function round(n: number, digits?: number): number;
export declare function sleep(ms: number): Promise<void>;
export declare function pairedRatio(a: number[], b: number[]): Summary;
