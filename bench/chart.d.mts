export declare function renderChart(input: {
  clients: { name: string; median: number; min: number; max: number; highlight?: boolean }[];
  targets: { name: string; share: number; met: boolean; text: string }[];
}): string;
