import { describe, expect, it } from "vitest";
import { deadClaim } from "../../../src/delivery/claims.js";

const me = "host-a#1#11111111-aaaa";
const claim = (worker: string) => `${worker}:1764460800000:k3j`;

describe("whose claim is dead", () => {
  it("a process on this machine that no longer runs", () => {
    expect(deadClaim(claim("host-a#4242#22222222-bbbb"), me, () => false)).toBe(true);
    expect(deadClaim(claim("host-a#4242#22222222-bbbb"), me, () => true)).toBe(false);
  });

  it("an earlier life of this pid (a container restarted as pid 1), but not this sender itself", () => {
    expect(deadClaim(claim("host-a#1#33333333-cccc"), me, () => true)).toBe(true);
    expect(deadClaim(claim(me), me, () => true)).toBe(false);
  });

  it("never a claim from another machine, or one written before senders named their machine", () => {
    expect(deadClaim(claim("host-b#4242#22222222-bbbb"), me, () => false)).toBe(false);
    expect(deadClaim("5f0c1c2e-8d7e-4a59-9d0e-3c1f1b2a9e77:1764460800000:k3j", me, () => false)).toBe(false);
  });
});
