/** A layer of the SDK's source: its name and the folder (or file pattern) that holds it. */
export declare const LAYERS: readonly { name: string; holds: string | RegExp }[];
/** The index in LAYERS of the layer a path under src belongs to, or undefined. */
export declare function layerOf(path: string): number | undefined;
/** Every relative import of every file under `src`, as edges between paths relative to `src`. */
export declare function importGraph(src: string): Map<string, string[]>;
/** What breaks the rules in `src`: one line each. */
export declare function layerProblems(src: string): string[];
