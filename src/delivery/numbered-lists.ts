// Buttons shown as numbers (Zalo, the console): each list's numbers stay unambiguous. A list
// sent while an earlier one is still fresh continues its numbering (a reminder's 1–2, then a
// question's 3–5), so "1" always means what the person saw as 1; lists left from earlier are
// closed when a new one starts again from 1.
import type { Button } from "../channels/channel.js";
import { decodeButton } from "../conversation/button-data.js";
import type { Db } from "../store/client.js";
import { closeChoice, openChoices, saveChoice } from "../store/chat-repo.js";
import type { Tx } from "../store/tx.js";

/** How long a list counts as the one the person is looking at. */
const FRESH_MS = 60 * 60_000;
/** How long a number can still be answered. */
const NUMBERED_TTL_MS = 7 * 24 * 3600_000;

interface NumberedData {
  options: string[];
  /** The number of the first option (lists saved before numbering continued start at 1). */
  first?: number;
}

interface Chat {
  channel: string;
  chatId: string;
}

/** Numbers a message's buttons after the chat's fresh lists, stores them, and returns the lines to show. */
export async function numberButtons(db: Db, chat: Chat & { officerId: number | null }, buttons: Button[][], now: Date): Promise<string[]> {
  const flat = buttons.flat();
  const open = await openChoices<NumberedData>(db, chat.channel, chat.chatId, "numbered", now);
  const recent = open.filter((c) => now.getTime() - c.createdAt.getTime() < FRESH_MS);
  // Only when a recent list is open do its questions matter (the common case asks nothing more).
  const asked = recent.length
    ? new Set((await openChoices(db, chat.channel, chat.chatId, ["complete", "extension"], now)).map((q) => q.id))
    : new Set<number>();
  // A list that only answers a question is done with once that question is answered (by number,
  // button or a typed "không"): its numbers are free again.
  const live = (c: (typeof open)[number]) =>
    c.data.options.some((o) => {
      const a = decodeButton(o);
      return a?.do === "pick" || a?.do === "pick-none" ? asked.has(a.choiceId) : true;
    });
  const fresh = recent.filter(live);
  for (const stale of open.filter((c) => !fresh.includes(c))) await closeChoice(db, stale.id, now);
  const first = Math.max(1, ...fresh.map((c) => (c.data.first ?? 1) + c.data.options.length));
  // The numbers are stored before the message leaves: the person may answer at once.
  if (chat.officerId !== null)
    await saveChoice(db, {
      ...chat,
      officerId: chat.officerId,
      action: "numbered",
      data: { options: flat.map((b) => b.data), first } satisfies NumberedData,
      at: now,
      ttlMs: NUMBERED_TTL_MS,
    });
  return flat.map((b, i) => `${first + i}. ${b.label}`);
}

/** The button data a number answers, among this officer's open lists in the chat. */
export async function answerOfNumber(tx: Tx, chat: Chat, officerId: number, n: number, now: Date): Promise<string | undefined> {
  for (const c of await openChoices<NumberedData>(tx, chat.channel, chat.chatId, "numbered", now)) {
    if (c.officerId !== officerId) continue;
    const i = n - (c.data.first ?? 1);
    if (i >= 0 && i < c.data.options.length) return c.data.options[i];
  }
  return undefined;
}
