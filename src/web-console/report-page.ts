// Báo cáo: any month's report on screen, its files to download, and "send now" to the groups —
// through the same on-demand report as the CLI. A month typed wrong, or not begun, is a sentence
// on the page, whichever of the three asked for it.
import type { FastifyInstance, FastifyReply } from "fastify";
import { localDateOf } from "../core/calendar/zone.js";
import { isAdmin } from "../core/contacts/people.js";
import { UserError } from "../i18n/user-error.js";
import { type ReportFileFormat, reportOnDemand, requestedMonth } from "../monthly-report/on-demand.js";
import { addAudit } from "../store/audit-repo.js";
import type { ConsoleKit } from "./kit.js";
import { type Session, actorOf } from "./sign-in.js";

type Month = { year: number; month: number };
const key = (m: Month) => `${m.year}-${String(m.month).padStart(2, "0")}`;
const shown = (m: Month) => `${String(m.month).padStart(2, "0")}/${m.year}`;

export async function registerReportPage(app: FastifyInstance, d: ConsoleKit): Promise<void> {
  const today = () => localDateOf(d.now(), d.config.TIME_ZONE);

  /** The month asked for, or the report page saying what is wrong with it (then undefined). */
  const month = (reply: FastifyReply, session: Session, asked: string | undefined): Month | undefined => {
    try {
      return requestedMonth(asked, today());
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      d.page(reply, "report", { error: d.tr(session)(error.key, error.args), asked }, session, 400);
      return undefined;
    }
  };

  app.get("/console/bao-cao", async (req, reply) => {
    const session = await d.signedIn(req, reply);
    if (!session) return reply;
    const q = req.query as Record<string, string | undefined>;
    const m = month(reply, session, q.thang);
    if (!m) return reply;
    const onDemand = await reportOnDemand(d.db, d.config, d.tr(session), m, today());
    return d.page(reply, "report", { text: await onDemand.text(), key: key(m), asked: shown(m), sent: q.sent }, session);
  });

  app.get("/console/bao-cao/:file", async (req, reply) => {
    const session = await d.signedIn(req, reply);
    if (!session) return reply;
    const file = /^(\d{4}-\d{2})\.(docx|xlsx|png)$/.exec((req.params as { file: string }).file);
    if (!file) return d.page(reply, "message", { title: "web-not-found-title", text: "web-not-found" }, session, 404);
    const m = month(reply, session, file[1]);
    if (!m) return reply;
    const body = await (await reportOnDemand(d.db, d.config, d.tr(session), m, today())).file(file[2] as ReportFileFormat, today());
    return reply
      .header("content-type", body.contentType)
      .header("content-disposition", `attachment; filename="${body.name}"`)
      .header("cache-control", "no-store")
      .send(body.body);
  });

  app.post("/console/bao-cao/gui", async (req, reply) => {
    const session = await d.signedIn(req, reply);
    if (!session) return reply;
    if (!isAdmin(session.officer))
      return d.page(reply, "message", { title: "web-not-allowed-title", text: "web-not-allowed" }, session, 403);
    const m = month(reply, session, (req.body as Record<string, string | undefined>).thang);
    if (!m) return reply;
    const { queueMonthlyReport } = await import("../monthly-report/posting.js");
    const queued = await queueMonthlyReport(d.db, m, d.now());
    await addAudit(d.db, {
      at: d.now(),
      actor: actorOf(session),
      channel: "web",
      action: "report.sent_now",
      entity: "report",
      entityId: key(m),
      details: { recipients: queued.recipients },
    });
    return reply.redirect(`${d.base}/bao-cao?thang=${shown(m)}&sent=${queued.recipients}`, 303);
  });
}
