import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.js";

describe("configuration", () => {
  it("runs with nothing set: SQLite file, Hanoi time, Vietnamese", () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      DATABASE_URL: "file:./data/dondoc.db",
      TIME_ZONE: "Asia/Ho_Chi_Minh",
      DEFAULT_LANGUAGE: "vi",
      REMINDER_DAYS_BEFORE: [3, 1, 0],
    });
    expect(c.TELEGRAM_BOT_TOKEN).toBeUndefined();
  });

  it.each([
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL"],
    [{ TIME_ZONE: "Mars/Olympus" }, "TIME_ZONE"],
    [{ REMINDER_TIME: "8h" }, "REMINDER_TIME"],
    [{ TELEGRAM_BOT_TOKEN: "not a token" }, "TELEGRAM_BOT_TOKEN"],
    [{ TELEGRAM_WEBHOOK_URL: "https://bot.example.vn/tg" }, "TELEGRAM_WEBHOOK_SECRET"],
    [{ HTTP_PORT: "eighty" }, "HTTP_PORT"],
  ])("stops on %o naming %s", (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });

  it.each([
    ["TELEGRAM_BOT_TOKEN", "123:abc def"],
    ["ZALO_BOT_TOKEN", "9876:zalo secret"],
    ["TELEGRAM_WEBHOOK_SECRET", "s3cr3t!value"],
    ["ZALO_WEBHOOK_SECRET", "s3cr3t!zalo"],
  ])("names a malformed %s without printing its value", (name, value) => {
    // It must throw (a test that only looks inside a catch could never fail).
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    let message = "";
    try {
      loadConfig({ [name]: value });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain(name);
    expect(message).not.toContain(value);
  });
});
