// One incoming message and the means to answer it. Answers go through the outbox like every
// other message; their identity comes from the update, so handling a duplicate never answers twice.
import type { Button, InboundMessage } from "../channels/channel.js";
import { type Args, type Language, type Translate, isLanguage, translator } from "../i18n/i18n.js";
import { findAccount } from "../store/chat-repo.js";
import type { Prisma } from "../generated/prisma/client.js";
import { addAudit } from "../store/audit-repo.js";
import { enqueue } from "../store/outbox-repo.js";
import type { BotDeps } from "./deps.js";

export interface Extra {
  buttons?: Button[][];
  /** The tasks the message is about: a reply to it means them. */
  taskIds?: number[];
}

export type Account = NonNullable<Awaited<ReturnType<typeof findAccount>>>;
export type Officer = Account["officer"];

export interface Turn {
  deps: BotDeps;
  msg: InboundMessage;
  now: Date;
  lang: Language;
  tr: Translate;
  account?: Account;
  officer?: Officer;
  /** Queues an answer in this chat, in the person's language. */
  say(key: string, args?: Args, extra?: Extra): Promise<void>;
  /** Queues a text already written (a list, another language). */
  sayText(text: string, extra?: Extra): Promise<void>;
}

export function makeTurn(deps: BotDeps, msg: InboundMessage, account: Account | undefined): Turn {
  const hinted = msg.languageHint?.slice(0, 2);
  const lang: Language =
    account && isLanguage(account.officer.language) ? account.officer.language : isLanguage(hinted) ? hinted : deps.config.DEFAULT_LANGUAGE;
  const tr = translator(lang);
  let n = 0;
  const turn: Turn = {
    deps,
    msg,
    now: msg.at,
    lang,
    tr,
    ...(account ? { account, officer: account.officer } : {}),
    say(key, args, extra) {
      return turn.sayText(tr(key, args), extra);
    },
    async sayText(text, extra) {
      await enqueue(deps.db, {
        dedupeKey: `reply:${msg.channel}:${msg.updateKey}:${n++}`,
        kind: "reply",
        channel: msg.channel,
        chatId: msg.chatId,
        officerId: account?.officerId ?? null,
        payload: {
          type: "message",
          message: { text, ...(extra?.buttons ? { buttons: extra.buttons } : {}) },
          taskIds: extra?.taskIds ?? [],
        },
        at: deps.now(),
      });
      deps.poke();
    },
  };
  return turn;
}

export function isAdmin(turn: Turn): boolean {
  return turn.officer?.role === "admin";
}

export function isLeader(turn: Turn): boolean {
  return turn.officer?.role === "leader" || turn.officer?.role === "admin";
}

/** The officer changes one of their own settings (language, channel, report in private), audited. */
export async function updateOwnSetting(
  turn: Turn,
  data: Prisma.OfficerUpdateInput,
  action: string,
  details: Record<string, unknown>,
): Promise<void> {
  const officer = turn.officer!;
  await turn.deps.db.$transaction(async (tx) => {
    await tx.officer.update({ where: { id: officer.id }, data });
    await addAudit(tx, {
      at: turn.now,
      actor: officer.code,
      channel: turn.msg.channel,
      action,
      entity: "officer",
      entityId: officer.id,
      details,
    });
  });
}
