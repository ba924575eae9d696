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
    // Which store, and that it is new: a trial in the wrong folder is seen at once.
    await expectOutput("dondoc.db — mới tạo, chưa có dữ liệu.");
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
    // The admin's hint and help are the admin's (finding 19 of issue 11).
    type("/la QT01");
    await expectOutput("Bây giờ anh/chị là Lê Thu Hà (QT01), quản trị. Thử gõ: /choxacnhan, /giahan, /nhacviec, /baocao, /trogiup.");
    type("/trogiup");
    await expectOutput("Quản trị còn có thể:");
    type("/thoat");
    expect(await bot.exited()).toBe(0);
    // No stack trace, no log noise in the person's terminal.
    expect(bot.output()).not.toMatch(/\bat \S+ \(|"level":/);
  });
});
