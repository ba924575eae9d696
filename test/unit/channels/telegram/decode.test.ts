import { Api, Context } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import { describe, expect, it } from "vitest";
import { decodeTelegram } from "../../../../src/channels/telegram/decode.js";

const me = { id: 1, is_bot: true, first_name: "dondoc", username: "dondoc_bot" } as UserFromGetMe;
const NOW = new Date("2026-07-03T02:00:00Z");
const ack = async () => undefined;
const decode = (update: Update) => decodeTelegram(new Context(update, new Api("0:x"), me), ack, () => NOW);
const mai = { id: 7001, is_bot: false, first_name: "Mai", language_code: "vi" };
const privateChat = { id: 7001, type: "private" as const, first_name: "Mai" };

describe("Telegram updates", () => {
  it("turns a private text, replying to a bot message, into the shared shape", () => {
    const m = decode({
      update_id: 10,
      message: {
        message_id: 5,
        date: 1_783_000_000,
        chat: privateChat,
        from: mai,
        text: "đã hoàn thành",
        reply_to_message: { message_id: 4, date: 1, chat: privateChat } as never,
      },
    })!;
    expect(m).toMatchObject({
      channel: "telegram",
      updateKey: "10",
      chatId: "7001",
      chatType: "private",
      senderId: "7001",
      text: "đã hoàn thành",
      replyToMessageId: "4",
      contentKind: "text",
      languageHint: "vi",
      onBehalfOfChat: false,
    });
    expect(m.at.getTime()).toBe(1_783_000_000_000);
  });

  it("dates a button press now, whatever the date of the message it sits on", () => {
    const m = decode({
      update_id: 11,
      callback_query: {
        id: "q",
        from: mai,
        chat_instance: "i",
        data: "done:3",
        message: { message_id: 6, date: 1, chat: privateChat } as never,
      },
    })!;
    expect(m).toMatchObject({ contentKind: "button", button: { data: "done:3" }, chatId: "7001" });
    expect(m.at).toEqual(NOW);
  });

  it("never lets a message sent on behalf of a chat act as a person", () => {
    const group = { id: -100, type: "supergroup" as const, title: "Lãnh đạo" };
    const anonymous = decode({
      update_id: 12,
      message: { message_id: 7, date: 1, chat: group, from: { id: 1087968824, is_bot: true, first_name: "Group" }, text: "/baocao" },
    })!;
    expect(anonymous).toMatchObject({ chatType: "group", chatTitle: "Lãnh đạo", onBehalfOfChat: true });
  });

  it("reads a group's move to a supergroup from either service message", () => {
    const old = { id: -4001, type: "group" as const, title: "Lãnh đạo" };
    const fresh = { id: -1001234567890123, type: "supergroup" as const, title: "Lãnh đạo" };
    const from = { id: 7001, is_bot: false, first_name: "Mai" };
    expect(
      decode({ update_id: 20, message: { message_id: 9, date: 1, chat: old, from, migrate_to_chat_id: fresh.id } as never }),
    ).toMatchObject({
      migration: { from: "-4001", to: "-1001234567890123" },
    });
    expect(
      decode({ update_id: 21, message: { message_id: 1, date: 1, chat: fresh, from, migrate_from_chat_id: old.id } as never }),
    ).toMatchObject({
      migration: { from: "-4001", to: "-1001234567890123" },
    });
  });

  it("keeps a photo's caption as its text, and marks media without one", () => {
    const photo = {
      message_id: 8,
      date: 1,
      chat: privateChat,
      from: mai,
      photo: [{ file_id: "f", file_unique_id: "u", width: 1, height: 1 }],
    };
    expect(decode({ update_id: 13, message: { ...photo, caption: "xong" } })).toMatchObject({ text: "xong", contentKind: "media" });
    expect(decode({ update_id: 14, message: photo })).toMatchObject({ contentKind: "media" });
    expect(decode({ update_id: 14, message: photo })!.text).toBeUndefined();
  });
});
