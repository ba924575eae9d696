// The reply table (replies.tsv): every line read as the bot reads it, and again in other forms
// people type the same thing in. The rule that matters most: a reply that leaves the task open
// never completes it, in any form.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type ReplyIntent, understandReply } from "../../../../src/core/replies/understand.js";

const TODAY = "2026-11-29";
type Outcome = "done" | "done?" | "ask" | "open" | "ack" | "yes" | "no" | "unclear";

const lines = readFileSync(new URL("./replies.tsv", import.meta.url), "utf8")
  .split("\n")
  .filter((l) => l.trim() && !l.startsWith("#"))
  .map((l) => {
    const tab = l.indexOf("\t");
    return { outcome: l.slice(0, tab) as Outcome, text: l.slice(tab + 1) };
  });

function outcomeOf(intent: ReplyIntent): Outcome {
  switch (intent.kind) {
    case "complete":
      return "done";
    case "maybe_complete":
      return "ask";
    case "not_done":
      return "open";
    case "acknowledged":
      return "ack";
    case "yes":
    case "no":
    case "unclear":
      return intent.kind;
    default:
      return "unclear";
  }
}

const stripDiacritics = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
const forms: [string, (s: string) => string][] = [
  ["NFD", (s) => s.normalize("NFD")],
  ["capitals", (s) => s.toUpperCase()],
  ["no diacritics", stripDiacritics],
  ["with ạ 👍", (s) => `${s} ạ 👍`],
];

describe("the reply table", () => {
  it("holds at least 300 replies across every family", () => {
    expect(lines.length).toBeGreaterThanOrEqual(300);
    for (const o of ["done", "ask", "open", "ack"] as const) expect(lines.filter((l) => l.outcome === o).length).toBeGreaterThan(10);
  });

  it.each(lines)("$outcome: $text", ({ outcome, text }) => {
    const read = outcomeOf(understandReply(text, TODAY));
    expect(read).toBe(outcome === "done?" ? "ask" : outcome);
  });

  it("never completes a reply that leaves the task open, in any form", () => {
    const wrong: string[] = [];
    for (const { text } of lines.filter((l) => l.outcome !== "done" && l.outcome !== "done?"))
      for (const [name, form] of forms) if (understandReply(form(text), TODAY).kind === "complete") wrong.push(`${name}: ${form(text)}`);
    expect(wrong).toEqual([]);
  });

  it("completes plain completions written in NFD or capitals just the same; without diacritics it completes or asks", () => {
    for (const { text } of lines.filter((l) => l.outcome === "done")) {
      expect(understandReply(text.normalize("NFD"), TODAY).kind, text).toBe("complete");
      expect(understandReply(text.toUpperCase(), TODAY).kind, text).toBe("complete");
      expect(["complete", "maybe_complete"], text).toContain(understandReply(stripDiacritics(text), TODAY).kind);
    }
  });

  it("completes at least 90% of what means done without a question", () => {
    const meansDone = lines.filter((l) => l.outcome === "done" || l.outcome === "done?");
    const completed = meansDone.filter((l) => understandReply(l.text, TODAY).kind === "complete");
    expect(completed.length / meansDone.length).toBeGreaterThanOrEqual(0.9);
  });
});
