// Re-importing the Office's task sheet after the bot changed tasks (finding 3 of issue 11): an
// extension approved in chat and a completion reported in chat survive an unchanged sheet; a sheet
// that changed the same field differently is a conflict, shown, taken only with --overwrite; the
// summary names every change field by field. And a corrected summary without a code is not a
// second task (finding 12).
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NOW, TASKS, directHandler, privateText, seededStore, taskByCode } from "../../support/bot-fixture.js";
import { cli } from "../../support/cli.js";
import { tempDir, writeCsv } from "../../support/sheets.js";
import type { TestStore } from "../../support/stores.js";

describe("re-importing the task sheet after the bot changed tasks", () => {
  let store: TestStore;
  let dir: string;
  let n = 0;
  const run = (...args: string[]) => cli(store.url, args, { now: NOW });
  const handle = (message: Parameters<ReturnType<typeof directHandler>>[0]) => directHandler(store)(message);
  /** The text and buttons of the newest message queued for a chat. */
  const lastTo = async (chatId: string) => {
    const row = await store.db.outboxMessage.findFirstOrThrow({ where: { chatId }, orderBy: { id: "desc" } });
    return (JSON.parse(row.payload) as { message: { text: string; buttons?: { data: string }[][] } }).message;
  };
  const say = (chatId: string, text: string) => handle(privateText(chatId, `u${++n}`, text));
  const press = (chatId: string, data: string) =>
    handle({ ...privateText(chatId, `u${++n}`, ""), text: undefined, contentKind: "button", button: { data, ack: async () => undefined } });
  /** The seed's task sheet with some cells replaced: [code, column header, value]. */
  const sheet = (name: string, edits: [string, string, string][] = [], extra: string[][] = []) => {
    const rows = TASKS.map((r) => [...r]);
    for (const [code, header, value] of edits) rows.find((r) => r[0] === code)![TASKS[0]!.indexOf(header)] = value;
    return writeCsv(join(dir, name), [...rows, ...extra]);
  };

  beforeAll(async () => {
    store = await seededStore();
    dir = tempDir();
    for (const [code, chat] of [
      ["XD01", "9101"],
      ["QT01", "9001"],
    ] as const) {
      const o = await store.db.officer.findUniqueOrThrow({ where: { code } });
      await store.db.chatAccount.create({ data: { officerId: o.id, channel: "telegram", chatId: chat, userId: chat } });
    }
    // In chat: Mai asks for more time on NV-A3, the Office approves; Mai reports NV-A1 done.
    await say("9101", "xin gia hạn NV-A3 đến 30/07/2026 vì chờ ý kiến của Bộ Xây dựng");
    const request = await lastTo("9001");
    expect(request.text).toContain("đề nghị gia hạn nhiệm vụ NV-A3");
    await press("9001", request.buttons![0]![0]!.data);
    expect((await lastTo("9101")).text).toContain("Văn phòng đã đồng ý gia hạn nhiệm vụ NV-A3 đến 30/07/2026");
    await say("9101", "đã hoàn thành NV-A1");
    expect(await taskByCode(store, "NV-A1")).toMatchObject({ status: "reported", reportedOn: "2026-07-03" });
  });
  afterAll(() => store?.dispose());

  it("an unchanged sheet keeps the approved extension and the reported completion, and says so", async () => {
    const r = await run("import", "tasks", sheet("same.csv"));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("0 mới, 0 cập nhật, 6 không đổi");
    expect(r.stdout).toContain("Giữ thay đổi đã làm trong bot mà tệp chưa có — nên cập nhật tệp (1):");
    expect(r.stdout).toContain("dòng 4, NV-A3, Hạn hoàn thành: trong bot 30/07/2026, trong tệp 20/07/2026");
    expect(await taskByCode(store, "NV-A3")).toMatchObject({ dueDate: "2026-07-30", originalDueDate: "2026-07-20" });
    expect(await taskByCode(store, "NV-A1")).toMatchObject({ status: "reported", reportedOn: "2026-07-03", dueDate: "2026-07-06" });
  });

  it("a sheet deadline that differs from both is a conflict: shown, the bot's kept; --overwrite takes the sheet's", async () => {
    const file = sheet("conflict.csv", [["NV-A3", "Hạn hoàn thành", "25/07/2026"]]);
    const r = await run("import", "tasks", file);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "Xung đột — tệp và bot đã sửa khác nhau, giữ giá trị trong bot (1). Nếu tệp đúng, nhập lại với --overwrite:",
    );
    expect(r.stdout).toContain("dòng 4, NV-A3, Hạn hoàn thành: trong bot 30/07/2026, trong tệp 25/07/2026");
    expect((await taskByCode(store, "NV-A3")).dueDate).toBe("2026-07-30");

    const forced = await run("import", "tasks", file, "--overwrite");
    expect(forced.stdout).toContain("đã lấy giá trị trong tệp theo --overwrite (1)");
    expect(forced.stdout).toContain("0 mới, 1 cập nhật, 5 không đổi");
    expect((await taskByCode(store, "NV-A3")).dueDate).toBe("2026-07-25");
    // The sheet's value is now the one both agree on: importing it again is quiet.
    const again = await run("import", "tasks", file);
    expect(again.stdout).not.toContain("Xung đột");
    expect(again.stdout).toContain("0 cập nhật, 6 không đổi");
  });

  it("a change only the sheet made is applied and listed field by field; the summary caps long lists", async () => {
    const r = await run(
      "import",
      "tasks",
      sheet("changed.csv", [
        ["NV-A3", "Hạn hoàn thành", "25/07/2026"],
        ["NV-B1", "Hạn hoàn thành", "17/07/2026"],
        ["NV-C1", "Trích yếu", "Quyết toán vốn đầu tư năm 2025"],
      ]),
    );
    expect(r.stdout).toContain("Đã thay đổi (2):");
    expect(r.stdout).toContain("dòng 5, NV-B1, Hạn hoàn thành: 03/07/2026 → 17/07/2026");
    expect(r.stdout).toContain("dòng 6, NV-C1, Trích yếu: Quyết toán vốn đầu tư → Quyết toán vốn đầu tư năm 2025");
    expect(r.stdout).toContain("0 mới, 2 cập nhật, 4 không đổi");
    expect((await taskByCode(store, "NV-B1")).dueDate).toBe("2026-07-17");

    const many = [["Mã nhiệm vụ", "Trích yếu", "Cơ quan chủ trì", "Ngày giao", "Hạn hoàn thành"]];
    for (let i = 0; i < 25; i++) many.push([`NV-M${i}`, `Việc ${i}`, "SXD", "01/06/2026", "30/07/2026"]);
    await run("import", "tasks", writeCsv(join(dir, "many.csv"), many));
    const moved = many.map((row, i) => (i === 0 ? row : [...row.slice(0, 4), "31/07/2026"]));
    const listed = await run("import", "tasks", writeCsv(join(dir, "many-moved.csv"), moved));
    expect(listed.stdout).toContain("Đã thay đổi (25):");
    expect(listed.stdout).toContain("… và 5 dòng nữa (xem đủ với --json).");
    const json = (await run("import", "tasks", writeCsv(join(dir, "many-back.csv"), many), "--json")).json<{ changes: unknown[] }>();
    expect(json.changes).toHaveLength(25);
    expect(json.changes[0]).toEqual({ row: 2, key: "NV-M0", column: "dueDate", from: "2026-07-31", to: "2026-07-30" });
  });

  it("the Office's completion date confirms a reported task and keeps the officer's time; a cancelled task is not revived", async () => {
    const cancel = await run("tasks", "cancel", "NV-D1");
    expect(cancel.code).toBe(0);
    const headers = [...TASKS[0]!, "Ngày hoàn thành"];
    const rows = TASKS.slice(1).map((r) => [...r, r[0] === "NV-A1" ? "02/07/2026" : r[0] === "NV-D1" ? "01/07/2026" : ""]);
    const r = await run("import", "tasks", writeCsv(join(dir, "done.csv"), [headers, ...rows]));
    expect(r.stdout).toContain("dòng 2, NV-A1, Trạng thái: đã báo hoàn thành → đã xác nhận");
    expect(r.stdout).toContain("dòng 7, NV-D1, Ngày hoàn thành: trong bot đã hủy, trong tệp 01/07/2026");
    expect(await taskByCode(store, "NV-A1")).toMatchObject({ status: "confirmed", reportedOn: "2026-07-03", reportedVia: "telegram" });
    expect((await taskByCode(store, "NV-D1")).status).toBe("cancelled");
  });

  it("a corrected summary without a code is named as the task it corrects, not imported as a second one", async () => {
    const base = [["Số ký hiệu văn bản", "Trích yếu", "Cơ quan chủ trì", "Ngày giao", "Hạn hoàn thành"]];
    const first = [...base, ["55/QĐ-UBND", "Kiểm tra chất lượng công trinh giao thông", "SXD", "01/06/2026", "30/07/2026"]];
    expect((await run("import", "tasks", writeCsv(join(dir, "nocode.csv"), first))).stdout).toContain("1 mới");
    const code = (await store.db.task.findFirstOrThrow({ where: { documentNumber: "55/QĐ-UBND" } })).code;
    const fixed = [
      ...base,
      ["55/QĐ-UBND", "Kiểm tra chất lượng công trình giao thông", "SXD", "01/06/2026", "30/07/2026"],
      // Another task of the same document, plainly different: new.
      ["55/QĐ-UBND", "Lập kế hoạch bảo trì đường tỉnh", "SXD", "01/06/2026", "30/08/2026"],
    ];
    const r = await run("import", "tasks", writeCsv(join(dir, "nocode-fixed.csv"), fixed));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      `dòng 2, cột "Trích yếu": giống nhiệm vụ ${code} của cùng văn bản, chỉ khác trích yếu: nếu là sửa trích yếu, ghi mã ${code} vào cột "Mã nhiệm vụ"`,
    );
    expect(await store.db.task.count({ where: { documentNumber: "55/QĐ-UBND" } })).toBe(1);

    const withCode = [
      ["Mã nhiệm vụ", ...base[0]!],
      [code, ...fixed[1]!],
      ["", ...fixed[2]!],
    ];
    const ok = await run("import", "tasks", writeCsv(join(dir, "nocode-coded.csv"), withCode));
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(
      `dòng 2, ${code}, Trích yếu: Kiểm tra chất lượng công trinh giao thông → Kiểm tra chất lượng công trình giao thông`,
    );
    expect(await store.db.task.count({ where: { documentNumber: "55/QĐ-UBND" } })).toBe(2);
  });
});
