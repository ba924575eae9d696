// Group chats. The bot acts only on commands there; a message sent on behalf of a chat
// (Telegram's sender_chat, anonymous admins) never acts as a person.
import { addAudit } from "../store/audit-repo.js";
import { findAccount } from "../store/chat-repo.js";
import { parseCommand } from "./commands.js";
import { makeTurn } from "./turn.js";
import { reportOnDemand } from "../monthly-report/command.js";
import type { BotDeps } from "./deps.js";
import type { InboundMessage } from "../channels/channel.js";

export async function handleGroup(deps: BotDeps, msg: InboundMessage): Promise<void> {
  const command = msg.text ? parseCommand(msg.text) : undefined;
  if (!command) return; // conversation between people: not for the bot
  // Who is speaking: their private chat with the bot is keyed by their user id.
  const account = msg.onBehalfOfChat ? undefined : ((await findAccount(deps.db, msg.channel, msg.senderId)) ?? undefined);
  const turn = makeTurn(deps, msg, account);
  if (command.name === "register") {
    if (!account || account.officer.role !== "admin") return turn.say("bot-register-admin-only");
    const existing = await deps.db.chatGroup.findUnique({ where: { channel_chatId: { channel: msg.channel, chatId: msg.chatId } } });
    if (existing) return turn.say("bot-register-already");
    await deps.db.$transaction(async (tx) => {
      const group = await tx.chatGroup.create({
        data: {
          channel: msg.channel,
          chatId: msg.chatId,
          title: msg.chatTitle ?? null,
          kind: "leadership",
          registeredById: account.officerId,
        },
      });
      await addAudit(tx, {
        at: turn.now,
        actor: account.officer.code,
        channel: msg.channel,
        action: "group.registered",
        entity: "group",
        entityId: group.id,
      });
    });
    return turn.say("bot-register-done");
  }
  if (command.name === "report") {
    const group = await deps.db.chatGroup.findUnique({ where: { channel_chatId: { channel: msg.channel, chatId: msg.chatId } } });
    const leader = account?.officer.role === "leader" || account?.officer.role === "admin";
    return reportOnDemand(turn, command.args, group?.kind === "leadership" || leader);
  }
  if (command.name === "help" || command.name === "start") return turn.say("bot-group-help");
}
