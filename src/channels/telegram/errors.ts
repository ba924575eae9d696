// What a failed Bot API call means for the message and the chat (reliability.md, Sending).
import { GrammyError, HttpError } from "grammy";
import type { SendResult } from "../channel.js";

const PERMANENT = [
  /bot was blocked by the user/i,
  /user is deactivated/i,
  /chat not found/i,
  /bot was kicked/i,
  /not enough rights to send/i,
  /bot can't initiate conversation/i,
  /have no rights to send/i,
  /group chat was deleted/i,
  /PEER_ID_INVALID/i,
];

export function classifyTelegramError(error: unknown): SendResult {
  if (error instanceof GrammyError) {
    // Some Bot API servers (emulators, proxies) answer without a code: say what we know.
    if (error.error_code === undefined) return { kind: "rejected", reason: `${error.method}: ${error.message.slice(0, 200)}` };
    const migrate = error.parameters?.migrate_to_chat_id;
    if (migrate !== undefined) return { kind: "migrated", newChatId: String(migrate) };
    if (error.error_code === 429)
      return { kind: "retry", afterMs: (error.parameters?.retry_after ?? 5) * 1000, error: "429 too many requests" };
    if (error.error_code >= 500) return { kind: "retry", error: `${error.error_code} ${error.description}` };
    if (PERMANENT.some((p) => p.test(error.description)) || error.error_code === 403)
      return { kind: "permanent", reason: `${error.error_code} ${error.description}` };
    // 401: the token is wrong; every chat would fail alike. Retry later rather than condemn the chat.
    if (error.error_code === 401 || error.error_code === 404)
      return { kind: "retry", afterMs: 60_000, error: `${error.error_code} ${error.description}` };
    return { kind: "rejected", reason: `${error.error_code} ${error.description}` };
  }
  if (error instanceof HttpError) return { kind: "retry", error: `network: ${(error.error as Error)?.message ?? "error"}` };
  return { kind: "retry", error: `unexpected: ${(error as Error)?.message ?? String(error)}` };
}
