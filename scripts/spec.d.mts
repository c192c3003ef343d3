export declare const SPEC_PATH: string;
export declare function loadSpec(path?: string): any;
