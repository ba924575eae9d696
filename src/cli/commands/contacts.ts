// officers list, link <officer-code>
import type { Command } from "commander";
import type { CliContext } from "../context.js";
import type { Runner } from "../program.js";

export function registerContacts(program: Command, run: Runner, ctx: () => CliContext, tr: (k: string) => string): void {
  program
    .command("officers")
    .description(tr("cli-officers"))
    .command("list")
    .description(tr("cli-officers-list"))
    .option("--json", tr("cli-opt-json"))
    .action(
      run(async (opts: { json?: boolean }) => {
        const c = ctx();
        const [{ db }, { listOfficers }] = await Promise.all([c.store(), import("../../store/contacts-repo.js")]);
        const officers = await listOfficers(db);
        // Phone numbers are personal data: never printed here (they stay in the store for admins' own use).
        const rows = officers.map((o) => ({
          code: o.code,
          fullName: o.fullName,
          title: o.title,
          agency: o.agency.code,
          role: o.role,
          language: o.language,
          chats: o.chatAccounts.map((a) => `${a.channel}${a.status === "active" ? "" : ` (${a.status})`}`),
        }));
        if (opts.json) return (c.json(rows), 0);
        if (rows.length === 0) return (c.out(c.tr("officers-none")), 0);
        c.table(
          ["code", "name", "title", "agency", "role", "chats"].map((k) => c.tr(`officers-col-${k}`)),
          rows.map((o) => [o.code, o.fullName, o.title, o.agency, c.tr(`role-${o.role}`), o.chats.join(", ") || "—"]),
        );
        return 0;
      }),
    );

  program
    .command("agencies")
    .description(tr("cli-agencies"))
    .command("list")
    .description(tr("cli-agencies-list"))
    .option("--json", tr("cli-opt-json"))
    .action(
      run(async (opts: { json?: boolean }) => {
        const c = ctx();
        const [{ db }, { listAgencies }] = await Promise.all([c.store(), import("../../store/contacts-repo.js")]);
        const rows = (await listAgencies(db)).map((a) => ({ code: a.code, name: a.name }));
        if (opts.json) return (c.json(rows), 0);
        if (rows.length === 0) return (c.out(c.tr("agencies-none")), 0);
        c.table(
          [c.tr("agencies-col-code"), c.tr("agencies-col-name")],
          rows.map((a) => [a.code, a.name]),
        );
        return 0;
      }),
    );

  program
    .command("link <officerCode>")
    .description(tr("cli-link"))
    .option("--json", tr("cli-opt-json"))
    .action(
      run(async (officerCode: string, opts: { json?: boolean }) => {
        const c = ctx();
        const [{ db }, { issueLinkCode }] = await Promise.all([c.store(), import("../../contacts/link-codes.js")]);
        const issued = await issueLinkCode(db, officerCode, c.now(), c.config.LINK_CODE_TTL_MINUTES, "cli");
        const bot = c.config.TELEGRAM_BOT_USERNAME;
        const deepLink = bot ? `https://t.me/${bot}?start=${issued.code}` : null;
        if (opts.json) return (c.json({ ...issued, expiresAt: issued.expiresAt.toISOString(), deepLink }), 0);
        c.out(c.tr("link-issued", { name: issued.officer.fullName, code: issued.code, minutes: c.config.LINK_CODE_TTL_MINUTES }));
        c.out(c.tr("link-how-telegram", { code: issued.code }));
        if (deepLink) c.out(c.tr("link-deep-link", { link: deepLink }));
        c.out(c.tr("link-how-zalo", { code: issued.code }));
        return 0;
      }),
    );
}
