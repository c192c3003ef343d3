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
export declare function timeRounds<K extends string>(
  clients: Record<K, () => unknown>,
  rounds: number,
  calls: number,
): Promise<Record<K, number[]>>;
