// What a button carries back when pressed (and a numbered answer stands for): one typed action,
// written and read here only. The wire format is short text, within Telegram's 64 bytes, and
// stays the same so that buttons already sent keep working.

export type ButtonAction =
  /** "✅ Đã hoàn thành" under a reminder or a task list. */
  | { do: "done"; taskId: number }
  /** An answer to a stored question ("which task?", "is it done?"): the option's index, or no. */
  | { do: "pick"; choiceId: number; index: number }
  | { do: "pick-none"; choiceId: number }
  /** An admin's decision on a reported completion. */
  | { do: "confirm"; taskId: number }
  | { do: "reopen"; taskId: number }
  /** A leader's or admin's decision on an extension request. */
  | { do: "extension"; requestId: number; approve: boolean };

export function encodeButton(a: ButtonAction): string {
  switch (a.do) {
    case "done":
    case "confirm":
    case "reopen":
      return `${a.do}:${a.taskId}`;
    case "pick":
      return `pick:${a.choiceId}:${a.index}`;
    case "pick-none":
      return `pick:${a.choiceId}:x`;
    case "extension":
      return `ext:${a.approve ? "ok" : "no"}:${a.requestId}`;
  }
}

const ID = /^\d{1,15}$/;

/** The action a pressed button stands for; undefined for anything this bot did not write. */
export function decodeButton(data: string): ButtonAction | undefined {
  const [verb, a = "", b, ...rest] = data.split(":");
  if (rest.length > 0) return undefined;
  switch (verb) {
    case "done":
    case "confirm":
    case "reopen":
      return b === undefined && ID.test(a) ? { do: verb, taskId: Number(a) } : undefined;
    case "pick":
      if (!ID.test(a) || b === undefined) return undefined;
      if (b === "x") return { do: "pick-none", choiceId: Number(a) };
      return /^\d{1,3}$/.test(b) ? { do: "pick", choiceId: Number(a), index: Number(b) } : undefined;
    case "ext":
      return (a === "ok" || a === "no") && b !== undefined && ID.test(b)
        ? { do: "extension", approve: a === "ok", requestId: Number(b) }
        : undefined;
    default:
      return undefined;
  }
}
