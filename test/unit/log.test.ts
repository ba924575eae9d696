import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, redactSecrets } from "../../src/log.js";

describe("logs", () => {
  it("never carry a token, a phone number or a message body", () => {
    let written = "";
    const sink = new Writable({ write: (chunk, _e, cb) => ((written += chunk), cb()) });
    const log = createLogger("info", sink as never);
    log.info({ phone: "0912345678", text: "đã hoàn thành, gọi 0912345678", token: "123:ABC" }, "update handled");
    log.error(
      new Error("request to https://api.telegram.org/bot123456:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/sendMessage failed"),
      "send failed",
    );
    log.info("fetch https://api.telegram.org/bot987:XYZ-abc/getUpdates");
    expect(written).not.toContain("0912345678");
    expect(written).not.toContain("đã hoàn thành");
    expect(written).not.toContain("AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw");
    expect(written).not.toContain("XYZ-abc");
    expect(written).toContain("/bot***");
    expect(redactSecrets("postgresql://user:pa55@db/x")).toBe("postgresql://user:***@db/x");
  });
});
