// Telegram updates → the one InboundMessage shape.
import type { Context } from "grammy";
import type { InboundMessage } from "../channel.js";

// Telegram's account for anonymous group admins.
const GROUP_ANONYMOUS_BOT = 1087968824;

export function decodeTelegram(ctx: Context, ack: (text?: string) => Promise<void>, now: () => Date): InboundMessage | undefined {
  const update = ctx.update;
  const callback = ctx.callbackQuery;
  const message = ctx.message ?? callback?.message;
  const chat = ctx.chat ?? message?.chat;
  const from = ctx.from;
  if (!chat || !from) return undefined;
  const base = {
    channel: "telegram" as const,
    updateKey: String(update.update_id),
    chatId: String(chat.id),
    chatType: chat.type === "private" ? ("private" as const) : ("group" as const),
    ...("title" in chat && chat.title ? { chatTitle: chat.title } : {}),
    senderId: String(from.id),
    onBehalfOfChat: Boolean(ctx.message?.sender_chat) || from.id === GROUP_ANONYMOUS_BOT,
    ...(from.language_code ? { languageHint: from.language_code } : {}),
    at: ctx.message?.date ? new Date(ctx.message.date * 1000) : now(),
  };
  if (callback) {
    if (typeof callback.data !== "string") return undefined;
    // A button press happens now, whatever the date of the message it sits on.
    return { ...base, at: now(), contentKind: "button", button: { data: callback.data, ack } };
  }
  const m = ctx.message;
  if (!m) return undefined;
  if (m.migrate_to_chat_id !== undefined)
    return { ...base, contentKind: "unsupported", migration: { from: String(chat.id), to: String(m.migrate_to_chat_id) } };
  if (m.migrate_from_chat_id !== undefined)
    return { ...base, contentKind: "unsupported", migration: { from: String(m.migrate_from_chat_id), to: String(chat.id) } };
  const text = m.text ?? m.caption;
  return {
    ...base,
    ...(text !== undefined ? { text } : {}),
    ...(m.reply_to_message ? { replyToMessageId: String(m.reply_to_message.message_id) } : {}),
    contentKind: m.text !== undefined ? "text" : "media",
  };
}
