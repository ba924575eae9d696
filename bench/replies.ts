// Replies understood per second through the real inbound handler: the reply table's messages
// (test/unit/core/replies/replies.tsv), one per officer with the officer's task code, each handled
// as an update (dedupe, who is speaking, understanding, which task, recording, the answer queued).
// Beside it, the reader alone over the same texts: the ratio is the cost of everything else.
import { readFileSync } from "node:fs";
import type { Config } from "../src/config.js";
import { createInboundHandler } from "../src/conversation/inbound.js";
import { understandReply } from "../src/core/replies/understand.js";
import { createLogger } from "../src/log.js";
import type { Db } from "../src/store/client.js";
import { row, timed } from "./support.js";

const NOW = new Date("2026-07-03T02:00:00Z");

function tableTexts(): string[] {
  return readFileSync(new URL("../test/unit/core/replies/replies.tsv", import.meta.url), "utf8")
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("#"))
    .map((l) => l.slice(l.indexOf("\t") + 1));
}

export async function benchReplies(kind: string, db: Db, config: Config, replies: number): Promise<void> {
  const texts = tableTexts();
  const handle = createInboundHandler({ db, config, log: createLogger("silent"), now: () => NOW, sweepNow: async () => ({}) as never });
  const accounts = await db.chatAccount.findMany({
    take: replies,
    orderBy: { id: "asc" },
    include: { officer: { include: { tasks: { take: 1, where: { status: "open" } } } } },
  });
  const messages = accounts
    .filter((a) => a.officer.tasks.length > 0)
    .map((a, n) => ({ account: a, code: a.officer.tasks[0]!.code, text: `${texts[n % texts.length]} ${a.officer.tasks[0]!.code}` }));
  const before = await db.auditEntry.count({ where: { action: "task.reported" } });
  const handled = await timed(async () => {
    let n = 0;
    for (const { account, text } of messages)
      await handle({
        channel: "bench" as never,
        updateKey: `reply-${n++}`,
        chatId: account.chatId,
        chatType: "private",
        senderId: account.chatId,
        onBehalfOfChat: false,
        text,
        contentKind: "text",
        at: NOW,
      });
    return n;
  });
  const reported = (await db.auditEntry.count({ where: { action: "task.reported" } })) - before;
  // A completion naming the officer's task is recorded at once; one whose code sits in a note asks first.
  const expected = messages.filter((m) => {
    const intent = understandReply(m.text, "2026-07-03");
    return intent.kind === "complete" && intent.codes.includes(m.code.toUpperCase());
  }).length;
  if (reported !== expected) throw new Error(`expected ${expected} completions, got ${reported}`);
  console.log(
    row([
      `${kind}: replies understood through the handler (${texts.length} table lines, ${reported} completed)`,
      handled.seconds,
      handled.result / handled.seconds,
      handled.peakRssMb,
    ]),
  );
  const alone = await timed(async () => {
    for (let k = 0; k < 20; k++) for (const m of messages) understandReply(m.text, "2026-07-03");
    return messages.length * 20;
  });
  const perSecond = alone.result / alone.seconds;
  console.log(row([`${kind}: the reader alone, same texts`, alone.seconds, perSecond, alone.peakRssMb]));
  console.log(`    handler cost ÷ reader cost: ${(perSecond / (handled.result / handled.seconds)).toFixed(1)}×`);
}
