// Nhập dữ liệu: upload a spreadsheet, see every row's problems before anything is written, then
// import all or nothing, or the valid rows only. The upload is kept in the store between the two
// steps, so any bot process can serve the second.
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance, FastifyReply } from "fastify";
import { type ImportKind, type ImportOptions, type ImportSummary, asRefusal } from "../import-export/import-summary.js";
import { importFile, isImportKind } from "../import-export/importers.js";
import type { Translate } from "../i18n/i18n.js";
import { type Upload, findUpload, removeUpload, saveUpload } from "../store/uploads-repo.js";
import type { ConsoleKit } from "./kit.js";
import { type Session, actorOf } from "./sign-in.js";

/** Spreadsheets bigger than this are refused with a sentence, before they are read. */
const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

async function onFile<T>(upload: Upload, run: (path: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), "dondoc-upload-"));
  const path = join(dir, upload.filename.replace(/[^\w.-]/g, "_") || "upload");
  try {
    writeFileSync(path, upload.bytes);
    return await run(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function registerImportPage(app: FastifyInstance, d: ConsoleKit): Promise<void> {
  await app.register((await import("@fastify/multipart")).default, {
    attachFieldsToBody: "keyValues",
    limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 },
  });

  const refusal = (reply: FastifyReply, session: Session, text: string, status = 400) =>
    d.page(reply, "import", { error: text }, session, status);

  app.get("/console/nhap", async (req, reply) => {
    const session = await d.signedIn(req, reply);
    if (!session) return reply;
    return d.page(reply, "import", {}, session);
  });

  app.post(
    "/console/nhap",
    {
      // A file over the limit is stopped while it streams in: a page that says so, not a 413 body.
      errorHandler: async (error, req, reply) => {
        const session = await d.signedIn(req, reply);
        if (!session) return reply;
        const tooBig = (error as { code?: string }).code === "FST_REQ_FILE_TOO_LARGE";
        return refusal(
          reply,
          session,
          d.tr(session)(tooBig ? "web-upload-too-big" : "web-upload-bad", { mb: MAX_UPLOAD_BYTES / 1024 / 1024 }),
          tooBig ? 413 : 400,
        );
      },
    },
    async (req, reply) => {
      const session = await d.signedIn(req, reply);
      if (!session) return reply;
      const tr = d.tr(session);
      const body = (req.body ?? {}) as Record<string, unknown>;
      const kind = body.kind;
      const file = body.file;
      if (!isImportKind(kind)) return refusal(reply, session, tr("web-upload-kind"));
      if (!Buffer.isBuffer(file) || file.length === 0) return refusal(reply, session, tr("web-upload-missing"));
      // The format is told by the bytes, not the name: the readers sniff it.
      const upload: Upload = { id: randomUUID(), officerId: session.officer.id, kind, filename: `${kind}.upload`, bytes: file };
      const summary = await check(d, upload, { dryRun: true }, session);
      if (typeof summary === "string") return refusal(reply, session, summary);
      await saveUpload(d.db, upload, d.now());
      return d.page(reply, "import-preview", { summary, upload: { id: upload.id, kind }, reason: reasonText(tr) }, session);
    },
  );

  app.post("/console/nhap/:id", async (req, reply) => {
    const session = await d.signedIn(req, reply);
    if (!session) return reply;
    const tr = d.tr(session);
    const upload = await findUpload(d.db, (req.params as { id: string }).id, session.officer.id);
    if (!upload || !isImportKind(upload.kind)) return refusal(reply, session, tr("web-upload-gone"), 410);
    const skip = (req.body as Record<string, string>).mode === "skip";
    const summary = await check(d, upload, { skipInvalid: skip }, session);
    if (typeof summary === "string") return refusal(reply, session, summary);
    if (summary.imported) await removeUpload(d.db, upload.id);
    return d.page(
      reply,
      "import-preview",
      { summary, upload: { id: upload.id, kind: upload.kind }, done: summary.imported, reason: reasonText(tr) },
      session,
    );
  });
}

/** Runs the import (or its dry run) on the upload; a refusal of the whole file comes back as its sentence. */
async function check(d: ConsoleKit, upload: Upload, extra: Partial<ImportOptions>, session: Session): Promise<ImportSummary | string> {
  const tr = d.tr(session);
  try {
    return await onFile(upload, (path) =>
      importFile(upload.kind as ImportKind, d.db, path, {
        now: d.now(),
        actor: actorOf(session),
        zone: d.config.TIME_ZONE,
        ...extra,
      }),
    );
  } catch (error) {
    const refused = asRefusal(error);
    if (!refused) throw error;
    return tr(`import-refused-${refused.problem}`, { columns: refused.columns.map((c) => `"${c}"`).join(", ") });
  }
}

function reasonText(tr: Translate) {
  return (p: { reason: string; value?: string }) => tr(`import-reason-${p.reason}`, { value: p.value ?? "" });
}
