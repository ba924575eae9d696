// holidays list|add|remove, db migrate
import type { Command } from "commander";
import { parseViDate } from "../../core/calendar/local-date.js";
import { UserError } from "../../i18n/user-error.js";
import { redactUrl } from "../../store/database-url.js";
import type { CliContext } from "../context.js";
import { date } from "../format.js";
import type { Runner } from "../program.js";

function holidayDate(text: string): string {
  const d = parseViDate(text);
  if (!d) throw new UserError("error-bad-date", { value: text });
  return d;
}

export function registerHolidaysDb(program: Command, run: Runner, ctx: () => CliContext, tr: (k: string) => string): void {
  const holidays = program.command("holidays").description(tr("cli-holidays"));
  holidays
    .command("list")
    .description(tr("cli-holidays-list"))
    .option("--year <year>", tr("cli-opt-year"))
    .option("--json", tr("cli-opt-json"))
    .action(
      run(async (opts: { year?: string; json?: boolean }) => {
        const c = ctx();
        if (opts.year !== undefined && !/^\d{4}$/.test(opts.year)) throw new UserError("error-bad-year", { value: opts.year });
        const { db } = await c.store();
        // The store's modules load with the command that needs them: `--help` stays fast.
        const { listHolidays } = await import("../../store/holidays-repo.js");
        const rows = await listHolidays(db, opts.year ? Number(opts.year) : undefined);
        if (opts.json) return (c.json(rows.map((h) => ({ date: h.date, name: h.name }))), 0);
        if (rows.length === 0) return (c.out(c.tr("holidays-none")), 0);
        c.table(
          [c.tr("holidays-col-date"), c.tr("holidays-col-name")],
          rows.map((h) => [date(h.date), h.name]),
        );
        return 0;
      }),
    );
  holidays
    .command("add <date> <name...>")
    .description(tr("cli-holidays-add"))
    .action(
      run(async (text: string, nameParts: string[]) => {
        const c = ctx();
        const day = holidayDate(text);
        const name = nameParts.join(" ").trim();
        const [{ db }, { addHoliday }] = await Promise.all([c.store(), import("../../holidays/holidays.js")]);
        const done = await addHoliday(db, day, name, { actor: "cli", channel: "cli", now: c.now() });
        c.out(c.tr(done === "already" ? "holiday-already" : "holiday-added", { date: date(day), name }));
        return 0;
      }),
    );
  holidays
    .command("remove <date>")
    .description(tr("cli-holidays-remove"))
    .action(
      run(async (text: string) => {
        const c = ctx();
        const day = holidayDate(text);
        const [{ db }, { dropHoliday }] = await Promise.all([c.store(), import("../../holidays/holidays.js")]);
        const removed = await dropHoliday(db, day, { actor: "cli", channel: "cli", now: c.now() });
        if (!removed) throw new UserError("error-unknown-holiday", { date: date(day) });
        c.out(c.tr("holiday-removed", { date: date(day) }));
        return 0;
      }),
    );

  program
    .command("db")
    .description(tr("cli-db"))
    .command("migrate")
    .description(tr("cli-db-migrate"))
    .action(
      run(async () => {
        const c = ctx();
        const store = await c.store();
        const m = store.migrations;
        c.out(
          c.tr("db-migrated", {
            applied: m.applied.length,
            total: m.applied.length + m.alreadyApplied,
            url: redactUrl(c.config.DATABASE_URL),
          }),
        );
        for (const name of m.applied) c.out(`  + ${name}`);
        for (const name of m.modified) c.out(c.tr("db-migration-modified", { name }));
        return 0;
      }),
    );
}
