// import agencies|officers|tasks <file> [--skip-invalid] [--overwrite], export tasks <file.xlsx>
import type { Command } from "commander";
import type { SingleBar } from "cli-progress";
import type { ImportOptions, ImportSummary } from "../../import-export/import-summary.js";
// Only the list of kinds: the importers themselves load with the command that runs one.
import { IMPORT_KINDS } from "../../import-export/importers.js";
import type { CliContext } from "../context.js";
import { UserError } from "../../i18n/user-error.js";
import { summaryLines, writableTarget } from "../format.js";
import type { Runner } from "../program.js";

async function progressBar(ctx: CliContext): Promise<{ onProgress: NonNullable<ImportOptions["onProgress"]>; stop(): void }> {
  if (!process.stderr.isTTY) return { onProgress: () => undefined, stop: () => undefined };
  const { SingleBar } = await import("cli-progress");
  let bar: SingleBar | undefined;
  return {
    onProgress(done, total) {
      if (total < 1000) return;
      bar ??= new SingleBar({ format: `${ctx.tr("import-progress")} [{bar}] {value}/{total}`, stream: process.stderr });
      if (!bar.isActive) bar.start(total, done);
      bar.update(done);
    },
    stop: () => bar?.stop(),
  };
}

export function registerImportExport(program: Command, run: Runner, ctx: () => CliContext, tr: (k: string) => string): void {
  const imp = program.command("import").description(tr("cli-import"));
  for (const kind of IMPORT_KINDS) {
    const cmd = imp
      .command(`${kind} <file>`)
      .description(tr(`cli-import-${kind}`))
      .option("--skip-invalid", tr("cli-opt-skip-invalid"));
    // Only tasks are changed by the bot as well as by imports, so only they can conflict.
    if (kind === "tasks") cmd.option("--overwrite", tr("cli-opt-overwrite"));
    cmd.option("--json", tr("cli-opt-json")).action(
      run(async (file: string, opts: { skipInvalid?: boolean; overwrite?: boolean; json?: boolean }) => {
        const c = ctx();
        // The importers (and the spreadsheet readers under them) load with the command that needs them.
        const [{ db }, { importFile }, bar] = await Promise.all([c.store(), import("../../import-export/importers.js"), progressBar(c)]);
        let summary: ImportSummary;
        try {
          summary = await importFile(kind, db, file, {
            skipInvalid: Boolean(opts.skipInvalid),
            overwrite: Boolean(opts.overwrite),
            now: c.now(),
            actor: "cli",
            zone: c.config.TIME_ZONE,
            onProgress: bar.onProgress,
          });
        } finally {
          bar.stop();
        }
        if (opts.json) c.json(summary);
        else summaryLines(summary, c.tr).forEach((l) => c.out(l));
        return summary.imported ? 0 : 1;
      }),
    );
  }

  program
    .command("export")
    .description(tr("cli-export"))
    .command("tasks <file>")
    .description(tr("cli-export-tasks"))
    .action(
      run(async (file: string) => {
        const c = ctx();
        // The export is a workbook: a .csv name would hold an .xlsx under the wrong name.
        if (!/\.xlsx$/i.test(file)) throw new UserError("error-export-xlsx-only", { file });
        writableTarget(file);
        const [{ db }, { exportTasks }, { listTasks }] = await Promise.all([
          c.store(),
          import("../../import-export/documents/export-tasks.js"),
          import("../../store/tasks-repo.js"),
        ]);
        const count = await exportTasks((page) => listTasks(db, {}, page), file, c.tr, c.config.TIME_ZONE);
        c.out(c.tr("export-done", { count, file }));
        return 0;
      }),
    );
}
