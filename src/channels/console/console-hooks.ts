// What the console chat does beyond chatting: list the officers you may act as, link a console
// chat to one of them, load the sample province, run the reminder sweep at a typed instant.
import type { Config } from "../../config.js";
import { localDateOf, parseInstant } from "../../core/calendar/zone.js";
import { translator } from "../../i18n/i18n.js";
import { UserError } from "../../i18n/user-error.js";
import type { SweepResult } from "../../reminders/sweep.js";
import type { Db } from "../../store/client.js";
import { linkChatAccount } from "../../store/chat-repo.js";
import { activeOfficers, findOfficerByCode } from "../../store/contacts-repo.js";
import { inTransaction } from "../../store/tx.js";
import { type ConsoleHooks, consoleChatId } from "./console-channel.js";

export interface ConsoleHookDeps {
  db: Db;
  config: Config;
  now: () => Date;
  sweepNow(at: Date): Promise<SweepResult>;
  store: { location: string; created: boolean };
}

export function createConsoleHooks({ db, config, now, sweepNow, store }: ConsoleHookDeps): ConsoleHooks {
  const tr = translator(config.DEFAULT_LANGUAGE);
  const zone = config.TIME_ZONE;
  return {
    text: (key, args) => tr(key, args),
    // Which store this is, and whether it was just made: a trial in the wrong folder is seen at once.
    storeLine: () => tr(store.created ? "console-store-new" : "console-store", { path: store.location }),
    officers: async () =>
      (await activeOfficers(db)).map((o) => ({ code: o.code, fullName: o.fullName, role: o.role, agency: o.agency.code })),
    async link(code) {
      const officer = await findOfficerByCode(db, code);
      if (!officer) return;
      const chatId = consoleChatId(code);
      await inTransaction(db, (tx) =>
        linkChatAccount(tx, { officerId: officer.id, officerCode: officer.code, channel: "console", chatId, userId: chatId, at: now() }),
      );
    },
    async loadSample() {
      // The sample goes in through the spreadsheet importer, loaded only when asked for.
      const { loadSampleData } = await import("../../import-export/sample-data.js");
      let summaries;
      try {
        summaries = await loadSampleData(db, localDateOf(now(), zone), now(), zone);
      } catch (error) {
        if (error instanceof UserError) return tr(error.key, error.args);
        throw error;
      }
      return tr("console-sample-loaded", { tasks: summaries[2]!.created + summaries[2]!.updated + summaries[2]!.unchanged });
    },
    async sweep(at) {
      const instant = at ? parseInstant(at, zone) : now();
      if (!instant) return tr("error-bad-instant", { value: at ?? "" });
      const r = await sweepNow(instant);
      return r.skipped
        ? tr("bot-remind-non-working-day")
        : tr("bot-remind-done", { messages: r.messages, already: r.alreadyQueued, unreachable: r.unreachableOfficerIds.length });
    },
  };
}
