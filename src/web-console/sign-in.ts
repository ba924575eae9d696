// Signing in to the web console without a password: the person types their officer code, the
// bot sends a 6-digit code to their linked chat, the code opens a session until the end of the
// day. Only admins and leaders may sign in; five wrong codes in 15 minutes lock that officer out
// for 15 minutes; only hashes are stored.
import { createHash, randomBytes, randomInt } from "node:crypto";
import { endOfDay, localDateOf } from "../core/calendar/zone.js";
import { type Officer, isLeader } from "../core/contacts/people.js";
import { queueNoticeToOfficer } from "../delivery/outbox.js";
import { t } from "../i18n/i18n.js";
import type { Db } from "../store/client.js";
import { addAudit } from "../store/audit-repo.js";
import { activeChannelsOf } from "../store/chat-repo.js";
import { findOfficer, findOfficerByCode } from "../store/contacts-repo.js";
import {
  countSignInCodesSince,
  countSignInFailuresSince,
  createSignInCode,
  createWebSession,
  endWebSession,
  findWebSession,
  recordSignInFailure,
  useSignInCode,
} from "../store/web-repo.js";

const CODE_TTL_MS = 10 * 60_000;
const LOCK_WINDOW_MS = 15 * 60_000;
const MAX_FAILURES = 5;
/** Codes one officer may ask for per window: the chat is not a place to flood. */
const MAX_CODES = 5;

const hash = (text: string) => createHash("sha256").update(text).digest("hex");

export type CodeRequest = { kind: "sent"; officer: Officer } | { kind: "unknown" | "not_allowed" | "no_chat" | "too_many" | "locked" };

export async function requestSignInCode(db: Db, officerCode: string, now: Date): Promise<CodeRequest> {
  const officer = await findOfficerByCode(db, officerCode.trim());
  if (!officer || !officer.active) return { kind: "unknown" };
  if (!isLeader(officer)) return { kind: "not_allowed" };
  if ((await activeChannelsOf(db, officer.id)).filter((c) => c !== "console").length === 0) return { kind: "no_chat" };
  const since = new Date(now.getTime() - LOCK_WINDOW_MS);
  if ((await countSignInFailuresSince(db, officer.id, since)) >= MAX_FAILURES) return { kind: "locked" };
  if ((await countSignInCodesSince(db, officer.id, since)) >= MAX_CODES) return { kind: "too_many" };
  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  const id = await createSignInCode(db, {
    officerId: officer.id,
    codeHash: hash(`${officer.id}:${code}`),
    expiresAt: new Date(now.getTime() + CODE_TTL_MS),
    at: now,
  });
  await queueNoticeToOfficer(
    db,
    `web-sign-in:${id}`,
    officer.id,
    (lang) => ({ text: t(lang, "web-code-message", { code, minutes: CODE_TTL_MS / 60_000 }) }),
    now,
  );
  return { kind: "sent", officer };
}

export type SignIn =
  | { kind: "ok"; token: string; expiresAt: Date; officer: Officer }
  | { kind: "wrong"; left: number }
  | { kind: "locked" }
  | { kind: "unknown" };

export async function signIn(db: Db, officerCode: string, code: string, now: Date, zone: string): Promise<SignIn> {
  const officer = await findOfficerByCode(db, officerCode.trim());
  if (!officer || !officer.active || !isLeader(officer)) return { kind: "unknown" };
  const since = new Date(now.getTime() - LOCK_WINDOW_MS);
  const failures = await countSignInFailuresSince(db, officer.id, since);
  if (failures >= MAX_FAILURES) return { kind: "locked" };
  if (!(await useSignInCode(db, officer.id, hash(`${officer.id}:${code.trim()}`), now))) {
    await recordSignInFailure(db, officer.id, now);
    await addAudit(db, {
      at: now,
      actor: officer.code,
      channel: "web",
      action: "web.sign_in_refused",
      entity: "officer",
      entityId: officer.id,
    });
    return failures + 1 >= MAX_FAILURES ? { kind: "locked" } : { kind: "wrong", left: MAX_FAILURES - failures - 1 };
  }
  const token = randomBytes(32).toString("base64url");
  // Signed in for the day: the session ends at local midnight.
  const expiresAt = endOfDay(localDateOf(now, zone), zone);
  await createWebSession(db, {
    tokenHash: hash(token),
    officerId: officer.id,
    csrf: randomBytes(24).toString("base64url"),
    expiresAt,
    at: now,
  });
  await addAudit(db, {
    at: now,
    actor: officer.code,
    channel: "web",
    action: "web.signed_in",
    entity: "officer",
    entityId: officer.id,
    details: { name: officer.fullName },
  });
  return { kind: "ok", token, expiresAt, officer };
}

export interface Session {
  officer: Officer;
  csrf: string;
}

/** The signed-in person behind a session cookie, if the session is live and they still may sign in. */
export async function sessionOf(db: Db, token: string | undefined, now: Date): Promise<Session | undefined> {
  if (!token) return undefined;
  const session = await findWebSession(db, hash(token), now);
  if (!session) return undefined;
  const officer = await findOfficer(db, session.officerId);
  if (!officer || !officer.active || !isLeader(officer)) return undefined;
  return { officer, csrf: session.csrf };
}

/** How the audit names a person acting in the console: code and name. */
export function actorOf(session: Session): string {
  return `${session.officer.code} (${session.officer.fullName})`;
}

export async function signOut(db: Db, token: string | undefined): Promise<void> {
  if (token) await endWebSession(db, hash(token));
}
