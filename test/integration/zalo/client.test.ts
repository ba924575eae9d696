// The Zalo client against the emulator: every method, both update shapes, errors as Zalo sends them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZaloApiError, createZaloClient } from "../../../src/channels/zalo/client.js";
import { ZaloEmulator } from "../../support/zalo-emulator.js";

describe("the Zalo client", () => {
  let zalo: ZaloEmulator;
  const client = () => createZaloClient({ token: zalo.token, apiRoot: zalo.apiRoot });
  beforeAll(async () => {
    zalo = await ZaloEmulator.start();
  });
  afterAll(() => zalo?.close());

  it("reads the bot and sends text and the typing action, ids as strings", async () => {
    expect(await client().getMe()).toMatchObject({ id: "7777777777", account_name: "dondoc_bot" });
    const sent = await client().sendMessage("42", "Xin chào");
    expect(typeof sent.message_id).toBe("string");
    expect(await client().sendChatAction("42", "typing")).toBe(true);
    expect(zalo.calls).toContain("sendChatAction");
  });

  it("sets, reads and deletes the webhook; getUpdates is refused while one is set", async () => {
    await client().setWebhook("https://bot.example.vn/webhook/zalo", "secret-secret");
    expect((await client().getWebhookInfo()).url).toBe("https://bot.example.vn/webhook/zalo");
    await expect(client().getUpdates(1)).rejects.toMatchObject({ errorCode: 400 });
    await client().deleteWebhook();
    expect((await client().getWebhookInfo()).url).toBe("");
  });

  it("returns one update per call, alone or wrapped, and nothing on 408", async () => {
    const a = await zalo.userSays("7", "đã hoàn thành");
    const b = await zalo.userSays("7", "chưa xong");
    const first = await client().getUpdates(1);
    const second = await client().getUpdates(1);
    expect([first?.message?.message_id, second?.message?.message_id]).toEqual([a.message.message_id, b.message.message_id]);
    expect(second?.message?.text).toBe("chưa xong");
    expect(await client().getUpdates(1)).toBeUndefined();
  });

  it("treats ok:false in an HTTP 200 as the error it is, and never shows the token", async () => {
    zalo.fail("sendMessage", 429, "Quota exceeded");
    await expect(client().sendMessage("42", "x")).rejects.toMatchObject({
      errorCode: 429,
      description: "Quota exceeded",
      method: "sendMessage",
    });
    const wrong = createZaloClient({ token: "1:not-the-token", apiRoot: zalo.apiRoot });
    const error = await wrong.getMe().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZaloApiError);
    expect((error as ZaloApiError).errorCode).toBe(401);
    expect(String((error as Error).message)).not.toContain("not-the-token");
    expect(JSON.stringify(error)).not.toContain("not-the-token");
  });
});
