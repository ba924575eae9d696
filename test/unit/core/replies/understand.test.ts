import { describe, expect, it } from "vitest";
import { type ReplyIntent, understandReply } from "../../../../src/core/replies/understand.js";

const TODAY = "2026-07-03";
const nfd = (s: string) => s.normalize("NFD");

type Case = [string, ReplyIntent];

// Completions: any form, politeness, emoji, with the codes and notes they carry.
const complete: Case[] = [
  ["đã hoàn thành", { kind: "complete", codes: [] }],
  ["Đã hoàn thành", { kind: "complete", codes: [] }],
  ["ĐÃ HOÀN THÀNH", { kind: "complete", codes: [] }],
  [nfd("Đã hoàn thành"), { kind: "complete", codes: [] }],
  ["da hoan thanh", { kind: "complete", codes: [] }],
  ["DA HOAN THANH", { kind: "complete", codes: [] }],
  ["  đã   hoàn    thành  ", { kind: "complete", codes: [] }],
  ["đã hoàn thành ạ", { kind: "complete", codes: [] }],
  ["Dạ, đã hoàn thành rồi ạ", { kind: "complete", codes: [] }],
  ["em đã hoàn thành rồi ạ", { kind: "complete", codes: [] }],
  ["Báo cáo anh, em đã hoàn thành ạ", { kind: "complete", codes: [] }],
  ["hoàn thành rồi", { kind: "complete", codes: [] }],
  ["hoàn thành", { kind: "complete", codes: [] }],
  ["xong", { kind: "complete", codes: [] }],
  ["xong rồi", { kind: "complete", codes: [] }],
  ["Đã xong ạ", { kind: "complete", codes: [] }],
  ["đã xong", { kind: "complete", codes: [] }],
  ["xong rồi nhé", { kind: "complete", codes: [] }],
  ["đã hoàn tất", { kind: "complete", codes: [] }],
  ["đã thực hiện xong", { kind: "complete", codes: [] }],
  ["✅ đã hoàn thành", { kind: "complete", codes: [] }],
  ["đã hoàn thành 👍", { kind: "complete", codes: [] }],
  ["đã hoàn thành!!!", { kind: "complete", codes: [] }],
  ["đã\u200b hoàn thành", { kind: "complete", codes: [] }],
  ["đã hoàn thành 100%", { kind: "complete", codes: [] }],
  ["Done", { kind: "complete", codes: [] }],
  ["completed", { kind: "complete", codes: [] }],
  ["đã hoàn thành NV-0123", { kind: "complete", codes: ["NV-0123"] }],
  ["đã hoàn thành nv-0123", { kind: "complete", codes: ["NV-0123"] }],
  ["xong 0123", { kind: "complete", codes: ["0123"] }],
  ["NV-2026-0045 đã xong", { kind: "complete", codes: ["NV-2026-0045"] }],
  ["đã hoàn thành NV-0123 và NV-0124", { kind: "complete", codes: ["NV-0123", "NV-0124"] }],
  ["da hoan thanh nv-2026-0001 a", { kind: "complete", codes: ["NV-2026-0001"] }],
  ["Xong 45 rồi ạ", { kind: "complete", codes: ["45"] }],
  ["xong NV-A3", { kind: "complete", codes: ["NV-A3"] }],
  ["đã hoàn thành QD12-B, đã trình", { kind: "complete", codes: ["QD12-B"], note: "đã trình" }],
  ["đã hoàn thành, đã ban hành VB 123/SXD-KH", { kind: "complete", codes: [], note: "đã ban hành VB 123/SXD-KH" }],
  ["Đã hoàn thành: gửi báo cáo số 45/BC-STC ngày 02/7", { kind: "complete", codes: [], note: "gửi báo cáo số 45/BC-STC ngày 02/7" }],
  ["đã hoàn thành NV-0123, đã trình UBND tỉnh", { kind: "complete", codes: ["NV-0123"], note: "đã trình UBND tỉnh" }],
  [nfd("đã hoàn thành, đã gửi công văn cho Sở Tài chính"), { kind: "complete", codes: [], note: "đã gửi công văn cho Sở Tài chính" }],
  ["hoàn thành rồi ạ, cảm ơn anh", { kind: "complete", codes: [] }],
];

const extension: Case[] = [
  ["xin gia hạn đến 15/07/2026 vì chờ ý kiến Bộ", { kind: "extension", codes: [], date: "2026-07-15", reason: "chờ ý kiến Bộ" }],
  ["Xin gia hạn đến 15/7 do thiếu số liệu", { kind: "extension", codes: [], date: "2026-07-15", reason: "thiếu số liệu" }],
  ["xin gia han den 20/8/2026", { kind: "extension", codes: [], date: "2026-08-20" }],
  [
    "xin gia hạn NV-0123 đến 30/9/2026 vì cần lấy ý kiến các sở",
    { kind: "extension", codes: ["NV-0123"], date: "2026-09-30", reason: "cần lấy ý kiến các sở" },
  ],
  ["đề nghị gia hạn đến 2/1 vì nghỉ Tết", { kind: "extension", codes: [], date: "2027-01-02", reason: "nghỉ Tết" }],
  ["xin gia hạn đến 31/02/2026", { kind: "extension", codes: [], badDate: "31/02/2026" }],
  ["xin gia hạn", { kind: "extension", codes: [] }],
  [
    nfd("Xin gia hạn đến 10/08/2026 vì chờ kết quả thẩm định"),
    { kind: "extension", codes: [], date: "2026-08-10", reason: "chờ kết quả thẩm định" },
  ],
];

const other: Case[] = [
  ["1", { kind: "choice", number: 1 }],
  [" 2 ", { kind: "choice", number: 2 }],
  ["số 3", { kind: "choice", number: 3 }],
  ["có", { kind: "yes" }],
  ["Có ạ", { kind: "yes" }],
  ["không ạ", { kind: "no" }],
  ["vâng", { kind: "yes" }],
  ["OK", { kind: "yes" }],
  ["không", { kind: "no" }],
  ["", { kind: "empty" }],
  ["   ", { kind: "empty" }],
  ["👍", { kind: "empty" }],
  ["\u200b", { kind: "empty" }],
  ["chào bot", { kind: "unclear" }],
  ["nhiệm vụ này là gì vậy?", { kind: "unclear" }],
  ["Anh ơi cho em hỏi hạn nộp báo cáo", { kind: "unclear" }],
  ["x".repeat(5000), { kind: "unclear" }],
];

describe("understanding officers' replies", () => {
  // What is and is not a completion is the reply table's (replies/replies.tsv); here, what a
  // completion carries: its codes and its note.
  it.each(complete)("%j is a completion", (text, intent) => expect(understandReply(text, TODAY)).toEqual(intent));
  it.each(extension)("%j asks for an extension", (text, intent) => expect(understandReply(text, TODAY)).toEqual(intent));
  it.each(other)("%j", (text, intent) => expect(understandReply(text, TODAY)).toEqual(intent));
});
