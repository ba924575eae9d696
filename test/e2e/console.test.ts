// `npm start` with no token: the console chat on the embedded SQLite store, driven by a person
// typing (here: a pipe), as a newcomer would try it.
import { afterAll, describe, expect, it } from "vitest";
import { type ConsoleProcess, startConsole } from "../support/console-process.js";

describe("npm start with no token", () => {
  let bot: ConsoleProcess;
  afterAll(() => bot?.dispose());

  it("opens the console chat, loads the sample, and lets a person report a task done", async () => {
    bot = startConsole();
    const { expectOutput, type } = bot;
    await expectOutput("bản chạy thử trong cửa sổ dòng lệnh");
    await expectOutput("Chưa có cán bộ nào");
    type("/mau");
    await expectOutput("Đã nạp dữ liệu mẫu: 4 cơ quan, 7 cán bộ, 6 nhiệm vụ.");
    await expectOutput("7. XD01 — Nguyễn Thị Mai");
    type("7");
    await expectOutput("Bây giờ anh/chị là Nguyễn Thị Mai (XD01)");
    type("/nhiemvu");
    await expectOutput("Anh/chị có 3 nhiệm vụ đang thực hiện");
    await expectOutput("1. ✅ Đã hoàn thành MAU-002");
    type("1");
    await expectOutput("Đã ghi nhận: nhiệm vụ MAU-002");
    type("chưa xong");
    await expectOutput("nhiệm vụ vẫn đang thực hiện");
    type("/thoat");
    expect(await bot.exited()).toBe(0);
    // No stack trace, no log noise in the person's terminal.
    expect(bot.output()).not.toMatch(/\bat \S+ \(|"level":/);
  });
});
