import { describe, expect, it } from "vitest";
import { mergeImport } from "../../../../src/core/tasks/import-merge.js";

const botOwned = new Set(["dueDate"]);
const merge = (store: object, sheet: object, base: object | null, overwrite = false) =>
  mergeImport({ store: store as never, sheet: sheet as never, base: base as never, botOwned, overwrite });

describe("the three-way merge of a re-import", () => {
  it("takes what only the sheet changed", () => {
    const r = merge({ dueDate: "2026-07-20" }, { dueDate: "2026-07-25" }, { dueDate: "2026-07-20" });
    expect(r).toMatchObject({ apply: { dueDate: "2026-07-25" }, conflicts: [], kept: [], base: { dueDate: "2026-07-25" } });
  });

  it("keeps what only the bot changed", () => {
    const r = merge({ dueDate: "2026-07-30" }, { dueDate: "2026-07-20" }, { dueDate: "2026-07-20" });
    expect(r.apply).toEqual({});
    expect(r.kept).toEqual([{ field: "dueDate", store: "2026-07-30", sheet: "2026-07-20" }]);
    expect(r.base).toEqual({ dueDate: "2026-07-20" });
  });

  it("calls a difference from both a conflict, and takes the sheet's only when told to", () => {
    const args = [{ dueDate: "2026-07-30" }, { dueDate: "2026-07-25" }, { dueDate: "2026-07-20" }] as const;
    expect(merge(...args)).toMatchObject({ apply: {}, conflicts: [{ field: "dueDate" }], base: { dueDate: "2026-07-20" } });
    expect(merge(...args, true)).toMatchObject({ apply: { dueDate: "2026-07-25" }, conflicts: [{ field: "dueDate" }] });
  });

  it("without a remembered base, a field the bot owns is a conflict and any other field the sheet's", () => {
    const r = merge({ dueDate: "2026-07-30", summary: "a" }, { dueDate: "2026-07-25", summary: "b" }, null);
    expect(r.apply).toEqual({ summary: "b" });
    expect(r.conflicts).toEqual([{ field: "dueDate", store: "2026-07-30", sheet: "2026-07-25" }]);
    expect(r.base).toEqual({ summary: "b" });
  });

  it("remembers agreement, so a value both sides reached is the base from now on", () => {
    expect(merge({ dueDate: "2026-07-30" }, { dueDate: "2026-07-30" }, null).base).toEqual({ dueDate: "2026-07-30" });
  });
});
