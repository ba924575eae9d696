// Group chats. The bot acts only on commands there; a message sent on behalf of a chat
// (Telegram's sender_chat, anonymous admins) never acts as a person.
import { isAdmin, isLeader } from "../core/contacts/people.js";
import { findAccount, findGroup, registerLeadershipGroup } from "../store/chat-repo.js";
import { inTransaction } from "../store/tx.js";
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
    if (!account || !isAdmin(account.officer)) return turn.say("bot-register-admin-only");
    if (await findGroup(deps.db, msg.channel, msg.chatId)) return turn.say("bot-register-already");
    await inTransaction(deps.db, (tx) =>
      registerLeadershipGroup(tx, {
        channel: msg.channel,
        chatId: msg.chatId,
        title: msg.chatTitle ?? null,
        byOfficerId: account.officerId,
        byCode: account.officer.code,
        at: turn.now,
      }),
    );
    return turn.say("bot-register-done");
  }
  if (command.name === "report") {
    const group = await findGroup(deps.db, msg.channel, msg.chatId);
    return reportOnDemand(turn, command.args, group?.kind === "leadership" || isLeader(account?.officer));
  }
  if (command.name === "help" || command.name === "start") return turn.say("bot-group-help");
}
