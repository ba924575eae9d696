// Zalo updates → the one InboundMessage shape. Unknown events are ignored; a protected-group
// placeholder (message.unsupported.received) is kept so the person can be told another way.
import type { InboundMessage } from "../channel.js";
import type { ZaloUpdate } from "./schemas.js";

const MEDIA = new Set([
  "message.image.received",
  "message.sticker.received",
  "message.voice.received",
  "message.file.received",
  "message.video.received",
]);

/**
 * In groups the bot hears only messages that mention it: "@Bot Đôn đốc VP UBND /dangky" is the
 * command "/dangky". The mention is the bot's display name (from getMe), however many words it
 * has; without the name, everything from the @ to the command is the mention.
 */
export function stripMention(text: string, botName: string | undefined): string {
  if (botName) {
    const name = `@${botName}`.normalize("NFC").toLowerCase();
    const t = text.normalize("NFC");
    const start = t.length - t.trimStart().length;
    if (t.slice(start, start + name.length).toLowerCase() === name) return t.slice(start + name.length).trimStart();
  }
  return text.replace(/^\s*@[^/]*?\s+(?=\/)/, "").replace(/^\s*@\S+\s+/, "");
}

export function decodeZalo(update: ZaloUpdate, botName?: string): InboundMessage | undefined {
  const m = update.message;
  if (!m || m.from.is_bot) return undefined;
  const group = m.chat.chat_type.toUpperCase() === "GROUP";
  let contentKind: InboundMessage["contentKind"];
  if (update.event_name === "message.text.received") contentKind = "text";
  else if (MEDIA.has(update.event_name)) contentKind = "media";
  else if (update.event_name === "message.unsupported.received") contentKind = "unsupported";
  else return undefined;
  const text = m.text === undefined ? undefined : group ? stripMention(m.text, botName) : m.text;
  return {
    channel: "zalo",
    updateKey: m.message_id,
    chatId: m.chat.id,
    chatType: group ? "group" : "private",
    senderId: m.from.id,
    ...(m.from.display_name ? { senderName: m.from.display_name } : {}),
    onBehalfOfChat: false,
    ...(text !== undefined ? { text } : {}),
    ...(m.quote_message_id ? { replyToMessageId: m.quote_message_id } : {}),
    contentKind,
    // Zalo dates are milliseconds since the epoch.
    at: new Date(m.date),
  };
}
