import { describe, expect, it } from "vitest";
import { decodeZalo } from "../../../../src/channels/zalo/decode.js";
import { parseUpdate } from "../../../../src/channels/zalo/schemas.js";

const update = (event: string, message: Record<string, unknown>) =>
  parseUpdate({
    event_name: event,
    message: { message_id: "m1", date: 1_783_000_000_000, chat: { id: "c1" }, from: { id: "u1", display_name: "Mai" }, ...message },
  })!;

describe("Zalo updates", () => {
  it("turns a private text into the shared shape, with a millisecond date", () => {
    const m = decodeZalo(update("message.text.received", { text: "đã hoàn thành" }))!;
    expect(m).toMatchObject({
      channel: "zalo",
      updateKey: "m1",
      chatId: "c1",
      chatType: "private",
      senderId: "u1",
      text: "đã hoàn thành",
      contentKind: "text",
      onBehalfOfChat: false,
    });
    expect(m.at.toISOString()).toBe(new Date(1_783_000_000_000).toISOString());
  });

  it("takes numeric ids as text", () => {
    const m = decodeZalo(
      parseUpdate({
        event_name: "message.text.received",
        message: { message_id: 9, date: 1, chat: { id: 77 }, from: { id: 5 }, text: "x" },
      })!,
    )!;
    expect(m).toMatchObject({ updateKey: "9", chatId: "77", senderId: "5" });
  });

  it("strips the mention of the bot before a command in a group", () => {
    const m = decodeZalo(update("message.text.received", { text: "@Dondoc /baocao 6/2020", chat: { id: "g1", chat_type: "GROUP" } }))!;
    expect(m).toMatchObject({ chatType: "group", text: "/baocao 6/2020" });
  });

  it("strips the bot's real name however many words it has, any case or Unicode form", () => {
    const group = { chat: { id: "g1", chat_type: "GROUP" } };
    const name = "Bot Đôn đốc VP UBND";
    const said = (text: string) => decodeZalo(update("message.text.received", { text, ...group }), name)!.text;
    expect(said("@Bot Đôn đốc VP UBND /dangky")).toBe("/dangky");
    expect(said("  @bot đôn đốc vp ubnd   /baocao 6/2020")).toBe("/baocao 6/2020");
    expect(said("@Bot Đôn đốc VP UBND /dangky".normalize("NFD"))).toBe("/dangky");
    // Without the name (getMe not answered yet), everything from @ to the command is the mention.
    expect(decodeZalo(update("message.text.received", { text: "@Bot Đôn đốc VP UBND /dangky", ...group }))!.text).toBe("/dangky");
  });

  it("keeps media and protected-group placeholders so the person can be answered, and ignores the rest", () => {
    expect(decodeZalo(update("message.sticker.received", {}))?.contentKind).toBe("media");
    expect(decodeZalo(update("message.unsupported.received", {}))?.contentKind).toBe("unsupported");
    expect(decodeZalo(update("message.reaction.received", {}))).toBeUndefined();
  });

  it("ignores what bots send", () => {
    expect(decodeZalo(update("message.text.received", { text: "hi", from: { id: "b", is_bot: true } }))).toBeUndefined();
  });
});
