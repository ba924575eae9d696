// A chat that is not linked yet: the one-time code from the admin, as /start <code> or typed.
import { looksLikeLinkCode, normalizeLinkCode, redeemLinkCode } from "../contacts/link-codes.js";
import { isAdmin } from "../core/contacts/people.js";
import { languageOf, translator } from "../i18n/i18n.js";
import { countPendingExtensions } from "../store/extensions-repo.js";
import { reportedTasks } from "../store/tasks-repo.js";
import { helpFor } from "./commands.js";
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
  // From now on the officer's own language, and the commands of their role.
  const tr = translator(languageOf(result.officer));
  const parts = [tr("bot-linked", { name: result.officer.fullName }), helpFor(result.officer, tr)];
  // An admin who links late learns what has been waiting for the Office meanwhile.
  if (isAdmin(result.officer)) {
    const [reported, extensions] = await Promise.all([reportedTasks(deps.db, 0), countPendingExtensions(deps.db)]);
    if (reported.count + extensions > 0) parts.push(tr("bot-pending-for-admin", { reported: reported.count, extensions }));
  }
  await turn.sayText(parts.join("\n\n"));
}
