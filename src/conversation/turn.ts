// One incoming message and the means to answer it. Answers go through the outbox like every
// other message; their identity comes from the update, so handling a duplicate never answers twice.
import type { Button, InboundMessage } from "../channels/channel.js";
import type { ChatAccountOfOfficer } from "../core/contacts/people.js";
import { type Args, type Language, type Translate, isLanguage, languageOf, translator } from "../i18n/i18n.js";
import { queueReply } from "../delivery/outbox.js";
import type { Payload } from "../delivery/payload.js";
import { type OwnSettings, updateOwnSettings } from "../store/contacts-repo.js";
import { inTransaction } from "../store/tx.js";
import type { BotDeps } from "./deps.js";

export interface Extra {
  buttons?: Button[][];
  /** The tasks the message is about: a reply to it means them. */
  taskIds?: number[];
}

export type Account = ChatAccountOfOfficer;
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
  /** Queues the monthly report of a month as the answer (rendered when sent, with its files). */
  answerWithReport(month: { year: number; month: number }): Promise<void>;
}

export function makeTurn(deps: BotDeps, msg: InboundMessage, account: Account | undefined): Turn {
  const hinted = msg.languageHint?.slice(0, 2);
  const lang = languageOf(account?.officer, isLanguage(hinted) ? hinted : deps.config.DEFAULT_LANGUAGE);
  const tr = translator(lang);
  const to = { channel: msg.channel, chatId: msg.chatId, updateKey: msg.updateKey, officerId: account?.officerId ?? null };
  const answer = (part: number | string, payload: Payload & { type: "message" | "report" }) =>
    queueReply(deps.db, to, part, payload, deps.now());
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
    sayText(text, extra) {
      const message = { text, ...(extra?.buttons ? { buttons: extra.buttons } : {}) };
      return answer(n++, { type: "message", message, taskIds: extra?.taskIds ?? [] });
    },
    answerWithReport(month) {
      return answer("report", { type: "report", year: month.year, month: month.month, language: lang });
    },
  };
  return turn;
}

/** The officer changes one of their own settings (language, channel, report in private), audited. */
export async function updateOwnSetting(turn: Turn, data: OwnSettings, action: string, details: Record<string, unknown>): Promise<void> {
  const officer = turn.officer!;
  await inTransaction(turn.deps.db, (tx) =>
    updateOwnSettings(tx, officer.id, data, {
      at: turn.now,
      actor: officer.code,
      channel: turn.msg.channel,
      action,
      entity: "officer",
      entityId: officer.id,
      details,
    }),
  );
}
