// Empties the package's dist/ before a build: tsc only adds and overwrites, so a file whose source was moved or
// deleted would otherwise stay in dist/ and ship in the package.
import { rmSync } from "node:fs";

rmSync("dist", { recursive: true, force: true });
