// Debian's libfaketime, for running a whole bot process at another instant (the tests' Friday
// morning). Without it the tests that need it are skipped with a loud message — except in CI,
// where .ci/run installs it and its absence is a failure.
import { existsSync } from "node:fs";

const CANDIDATES = ["/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1", "/usr/lib/aarch64-linux-gnu/faketime/libfaketimeMT.so.1"];

export const LIBFAKETIME = CANDIDATES.find((p) => existsSync(p));

export function faketimeAvailable(): boolean {
  if (LIBFAKETIME) return true;
  if (process.env.CI) throw new Error("libfaketime is required in CI: .ci/run installs Debian's faketime package");
  process.stderr.write(
    `\n${"!".repeat(78)}\n!! libfaketime is missing (Debian package faketime): the multi-process delivery\n!! tests are SKIPPED. Install it with: apt-get install faketime\n${"!".repeat(78)}\n`,
  );
  return false;
}

/** The environment that runs a process `offsetSeconds` in the past (the same offset for all). */
export function pastClock(offsetSeconds: number): NodeJS.ProcessEnv {
  return { LD_PRELOAD: LIBFAKETIME, FAKETIME: `-${offsetSeconds}`, FAKETIME_DONT_RESET: "1" };
}
