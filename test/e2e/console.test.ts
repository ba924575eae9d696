// `npm start` with no token: the console chat on the embedded SQLite store, driven by a person
// typing (here: a pipe), as a newcomer would try it.
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

describe("npm start with no token", () => {
  const dir = mkdtempSync(join(tmpdir(), "dondoc-console-"));
  let child: ChildProcessWithoutNullStreams;
  let out = "";
  afterAll(() => {
    child?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  async function expectOutput(text: string, ms = 20_000): Promise<void> {
    const start = Date.now();
    while (!out.includes(text)) {
      if (Date.now() - start > ms) throw new Error(`"${text}" did not appear; output so far:\n${out}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }
  const type = (line: string) => child.stdin.write(`${line}\n`);

  it("opens the console chat, loads the sample, and lets a person report a task done", async () => {
    const env = { ...process.env, DATABASE_URL: `file:${join(dir, "dondoc.db")}` } as NodeJS.ProcessEnv;
    delete env.TELEGRAM_BOT_TOKEN;
    delete env.LOG_LEVEL;
    child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], { env });
    child.stdout.on("data", (c) => (out += c));
    child.stderr.on("data", (c) => (out += c));
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
    const code = await new Promise<number | null>((r) => child.on("exit", r));
    expect(code).toBe(0);
    // No stack trace, no log noise in the person's terminal.
    expect(out).not.toMatch(/\bat \S+ \(|"level":/);
  });
});
