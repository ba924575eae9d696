// Who holds a claim on a queued message, and whether that sender is still alive. A sender's id
// names its machine and process, so after a crash (kill -9, power cut) the restarted bot on the
// same machine takes over the dead process's claims at once instead of waiting out their lease:
// the message it may have sent goes again first, before anything newer to that chat.
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { Logger } from "../log.js";
import type { Db } from "../store/client.js";
import { expireClaims, liveClaimers } from "../store/outbox-repo.js";

const SEP = "#";

export function workerId(): string {
  return [hostname(), process.pid, randomUUID()].join(SEP);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: a process of another user has that pid: alive, as far as we can tell.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * A claim is dead when it was made on this machine by a process that no longer runs, or by an
 * earlier life of this very pid (a container restarted as pid 1). Claims from other machines
 * are left to their lease: only their own machine can tell.
 */
export function deadClaim(claimedBy: string, me: string, isAlive: (pid: number) => boolean = alive): boolean {
  const [host, pid, id] = claimedBy.split(SEP);
  const [myHost, myPid, myId] = me.split(SEP);
  if (host !== myHost || pid === undefined || id === undefined) return false;
  if (pid === myPid) return !id.startsWith(myId ?? "");
  return !isAlive(Number(pid));
}

export async function releaseDeadClaims(db: Db, me: string, now: Date, log: Logger): Promise<void> {
  const dead = (await liveClaimers(db, now)).filter((c) => deadClaim(c, me));
  const count = await expireClaims(db, dead, now);
  if (count > 0) log.warn({ messages: count }, "messages claimed by a sender that died: sending them again, first");
}
