// Every message from every channel comes here: handled once, from a known person, in their
// language. Nothing thrown here reaches the person; they get a sentence, the log gets the error.
import type { InboundMessage } from "../channels/channel.js";
import { understandReply } from "../core/replies/understand.js";
import { localDateOf } from "../core/calendar/zone.js";
import { closeChoice, findAccount, firstDelivery, latestQuestion, markReachable } from "../store/chat-repo.js";
import { answerOfNumber } from "../delivery/numbered-lists.js";
import { moveChat } from "../store/outbox-repo.js";
import { answerQuestion, handleButton } from "./buttons.js";
import { parseCommand, runCommand } from "./commands.js";
import { completeFromText, confirmFromText, sayNotDone } from "../completion/done-reply.js";
import type { BotDeps } from "./deps.js";
import { extensionFromText } from "../completion/extension-reply.js";
import { handleGroup } from "./groups.js";
import { handleUnlinked } from "./linking.js";
import { type Turn, makeTurn } from "./turn.js";

const MAX_TEXT = 4000;

export function createInboundHandler(deps: BotDeps) {
  return async function handleInbound(msg: InboundMessage): Promise<void> {
    const log = deps.log.child({ channel: msg.channel, update: msg.updateKey, content: msg.contentKind });
    try {
      if (!(await firstDelivery(deps.db, msg.channel, msg.updateKey, msg.at))) {
        log.info("duplicate update ignored");
        await msg.button?.ack();
        return;
      }
      if (msg.migration) {
        // The group is the same; its id changed. Registrations and queued messages follow it.
        await moveChat(deps.db, msg.channel, msg.migration.from, msg.migration.to);
        log.info("group moved to a supergroup");
        return;
      }
      if (msg.chatType === "group") return await handleGroup(deps, msg);
      if (msg.onBehalfOfChat) return;
      const account = (await findAccount(deps.db, msg.channel, msg.chatId)) ?? undefined;
      if (account && account.status !== "active") await markReachable(deps.db, account.id);
      const turn = makeTurn(deps, msg, account);
      await msg.button?.ack();
      if (!account) return await handleUnlinked(turn, msg.button ? undefined : msg.text);
      if (!account.officer.active) return await turn.say("bot-officer-inactive");
      await handleLinked(turn);
      log.debug("update handled");
    } catch (error) {
      log.error({ err: error }, "update handling failed");
      try {
        await makeTurn(deps, { ...msg, updateKey: `${msg.updateKey}:error` }, undefined).say("bot-error");
      } catch {
        // The store itself is down: nothing more to say.
      }
    }
  };
}

async function handleLinked(turn: Turn): Promise<void> {
  const { msg } = turn;
  if (msg.button) return handleButton(turn, msg.button.data);
  if (msg.contentKind === "unsupported") return turn.say("bot-unsupported-content");
  if (msg.contentKind === "media") return turn.say("bot-media");
  // NUL characters mean nothing to a person, and PostgreSQL refuses them in text: dropped here,
  // or the note they sit in would fail to store on every retry.
  const text = (msg.text ?? "").split("\u0000").join("");
  if (text.trim() === "") return turn.say("bot-empty");
  // Read whole or not at all: a cut text could lose its "chưa" and its note would be cut silently.
  if (text.length > MAX_TEXT) return turn.say("bot-too-long", { length: text.length, limit: MAX_TEXT });
  const command = parseCommand(text);
  if (command) return runCommand(turn, command.name, command.args);

  const intent = understandReply(text, localDateOf(turn.now, turn.deps.config.TIME_ZONE));
  switch (intent.kind) {
    case "complete":
      return completeFromText(turn, intent.codes, intent.note);
    case "maybe_complete":
      return confirmFromText(turn, intent.codes, intent.note);
    case "not_done": {
      // A "chưa xong" after "is it done?" answers it: the question is closed, nothing recorded.
      const question = await pendingQuestion(turn);
      if (question) await closeChoice(turn.deps.db, question.id, turn.now);
      return sayNotDone(turn, intent.reason);
    }
    case "acknowledged":
      return turn.say("bot-acknowledged");
    case "extension":
      return extensionFromText(turn, intent);
    case "choice": {
      const data = await answerOfNumber(turn.deps.db, msg, turn.officer!.id, intent.number, turn.now);
      if (data) return handleButton(turn, data);
      // The question may not have left the outbox yet: questions are stored when asked.
      const question = await pendingQuestion(turn);
      if (question && intent.number <= question.data.taskIds.length) return answerQuestion(turn, question.id, intent.number - 1);
      return turn.say("bot-choice-none", { number: intent.number });
    }
    case "yes": {
      // "có" answers the last question when it offered a single task.
      const question = await pendingQuestion(turn);
      if (question && question.data.taskIds.length === 1) return answerQuestion(turn, question.id, 0);
      return turn.say("bot-unclear");
    }
    case "no": {
      const question = await pendingQuestion(turn);
      if (question) return answerQuestion(turn, question.id, undefined);
      return turn.say("bot-cancelled");
    }
    case "empty":
      return turn.say("bot-empty");
    case "unclear":
      return turn.say("bot-unclear");
  }
}

/** The newest question this person was asked in this chat and has not answered. */
async function pendingQuestion(turn: Turn) {
  const question = await latestQuestion(turn.deps.db, turn.msg.channel, turn.msg.chatId, turn.now);
  return question && question.officerId === turn.officer!.id ? question : undefined;
}
