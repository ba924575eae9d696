// `npm start` with a wrong setting: the bot does not start, and says which setting and what it
// should hold, in Vietnamese (English when DEFAULT_LANGUAGE=en) — finding 18 of issue 11.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

function start(env: Record<string, string>) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "src/main.ts"], {
    env: { ...process.env, DATABASE_URL: "file:/nonexistent-dir-never-opened/x.db", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: r.status, stderr: r.stderr };
}

describe("starting with a wrong setting", () => {
  it("stops before opening anything and names the setting in Vietnamese", () => {
    const r = start({ REMINDER_TIME: "8 giờ", ZALO_BOT_TOKEN: "not a token" });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Cấu hình chưa đúng (tệp .env hoặc biến môi trường), sửa rồi chạy lại —");
    expect(r.stderr).toContain("REMINDER_TIME: phải có dạng GIỜ:PHÚT, ví dụ 08:00");
    expect(r.stderr).toContain("ZALO_BOT_TOKEN: phải là mã Zalo cấp");
    expect(r.stderr).not.toContain("not a token");
  });

  it("in English when the Office chose English", () => {
    const r = start({ DEFAULT_LANGUAGE: "en", TELEGRAM_WEBHOOK_URL: "https://bot.example.vn/tg" });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("TELEGRAM_WEBHOOK_SECRET: required when TELEGRAM_WEBHOOK_URL is set");
  });
});
