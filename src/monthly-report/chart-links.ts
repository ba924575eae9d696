// Public links to report charts, for channels that fetch photos by URL (Zalo). The chart is
// rendered when fetched; the link carries the month, an expiry and an HMAC, so nobody can list or
// forge them, and every bot process (same token) can serve what another one linked.
import { createHash, createHmac, timingSafeEqual } from "node:crypto";

const LIFETIME_MS = 7 * 24 * 3600_000;
const PATH = /^\/files\/chart\/(\d{4})-(\d{2})\.png$/;

export interface ChartLinks {
  link(year: number, month: number, now: Date): string;
  /** The month a request path + query asks for, when the signature holds and has not expired. */
  verify(path: string, query: URLSearchParams, now: Date): { year: number; month: number } | undefined;
}

export function chartLinks(publicBaseUrl: string, secretSeed: string): ChartLinks {
  const key = createHash("sha256").update(`dondoc-chart-links:${secretSeed}`).digest();
  const sign = (what: string) => createHmac("sha256", key).update(what).digest("hex");
  const base = publicBaseUrl.replace(/\/$/, "");
  return {
    link(year, month, now) {
      const name = `${year}-${String(month).padStart(2, "0")}`;
      const exp = String(Math.floor((now.getTime() + LIFETIME_MS) / 1000));
      return `${base}/files/chart/${name}.png?exp=${exp}&sig=${sign(`${name}:${exp}`)}`;
    },
    verify(path, query, now) {
      const m = PATH.exec(path);
      const exp = query.get("exp") ?? "";
      const sig = query.get("sig") ?? "";
      if (!m || !/^\d+$/.test(exp) || Number(exp) * 1000 < now.getTime()) return undefined;
      const expected = Buffer.from(sign(`${m[1]}-${m[2]}:${exp}`));
      const given = Buffer.from(sig);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
      return { year: Number(m[1]), month: Number(m[2]) };
    },
  };
}
