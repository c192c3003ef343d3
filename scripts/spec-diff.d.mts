export interface Change {
  breaking: boolean;
  where: string;
  what: string;
}
export declare function diffSpecs(before: unknown, after: unknown): Change[];
export declare function hasMajorChangeset(dir: string, name?: string): boolean;
export declare function report(changes: Change[]): string;
