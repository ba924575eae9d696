import { describe, expect, it } from "vitest";
import { type ButtonAction, decodeButton, encodeButton } from "../../../src/conversation/button-data.js";

const actions: ButtonAction[] = [
  { do: "done", taskId: 12 },
  { do: "pick", choiceId: 5, index: 0 },
  { do: "pick", choiceId: 5, index: 9 },
  { do: "pick-none", choiceId: 5 },
  { do: "confirm", taskId: 3 },
  { do: "reopen", taskId: 3 },
  { do: "extension", requestId: 8, approve: true },
  { do: "extension", requestId: 8, approve: false },
];

describe("button data", () => {
  it("reads back every action it writes, within Telegram's 64 bytes", () => {
    for (const a of actions) {
      const data = encodeButton(a);
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
      expect(decodeButton(data)).toEqual(a);
    }
  });

  it("keeps the wire format of buttons already sent", () => {
    expect(decodeButton("done:42")).toEqual({ do: "done", taskId: 42 });
    expect(decodeButton("pick:7:x")).toEqual({ do: "pick-none", choiceId: 7 });
    expect(decodeButton("ext:ok:9")).toEqual({ do: "extension", requestId: 9, approve: true });
  });

  it("refuses what this bot did not write", () => {
    for (const data of [
      "",
      "done",
      "done:",
      "done:abc",
      "done:1:2",
      "pick:1",
      "pick:1:-1",
      "ext:maybe:1",
      "ext:ok",
      "drop:1",
      "confirm:1e3",
    ])
      expect(decodeButton(data), data).toBeUndefined();
  });
});
