// Types of scripts/launch.mjs, for the TypeScript that imports it (tests, benchmarks).
/** The built file for `entry` (src/….ts), when the build is newer than every source. */
export function builtEntry(entry: string, base?: string): string | undefined;
export function launch(entry: string): Promise<unknown>;
