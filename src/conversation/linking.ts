// A chat that is not linked yet: the one-time code from the admin, as /start <code> or typed.
import { looksLikeLinkCode, normalizeLinkCode, redeemLinkCode } from "../contacts/link-codes.js";
import { languageOf, t } from "../i18n/i18n.js";
import type { Turn } from "./turn.js";

export async function handleUnlinked(turn: Turn, text: string | undefined): Promise<void> {
  const { msg, deps } = turn;
  const start = /^\/start(?:@\w+)?(?:\s+(\S+))?\s*$/i.exec(text?.trim() ?? "");
  const candidate = start ? start[1] : text?.trim();
  if (!candidate || !(start || looksLikeLinkCode(candidate))) {
    await turn.say(start ? "bot-welcome-unlinked" : "bot-not-linked");
    return;
  }
  const result = await redeemLinkCode(deps.db, {
    code: normalizeLinkCode(candidate),
    channel: msg.channel,
    chatId: msg.chatId,
    userId: msg.senderId,
    now: turn.now,
  });
  if (!result.ok) {
    deps.log.info({ channel: msg.channel, reason: result.reason }, "link code refused");
    await turn.say(`bot-link-${result.reason}`);
    return;
  }
  deps.log.info({ channel: msg.channel, officer: result.officer.code }, "chat linked");
  // From now on the officer's own language.
  const lang = languageOf(result.officer);
  await turn.sayText(`${t(lang, "bot-linked", { name: result.officer.fullName })}\n\n${t(lang, "bot-help")}`);
}
