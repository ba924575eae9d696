// The Office's web console at /console, served by the running bot: server-rendered pages in the
// person's language, plain forms (no front-end build, nothing from a CDN). Every page and action
// needs a session; every form carries a CSRF token; what people typed is escaped on output.
import { randomBytes, timingSafeEqual } from "node:crypto";
import { join } from "node:path";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { Eta } from "eta";
import type { Config } from "../config.js";
import { formatViDate, parseViDate } from "../core/calendar/local-date.js";
import { localTime } from "../core/calendar/local-time.js";
import { localDateOf } from "../core/calendar/zone.js";
import { TASK_STATUSES, type TaskStatus } from "../core/tasks/task.js";
import { isAdmin, isLeader } from "../core/contacts/people.js";
import { type Language, isLanguage, translator } from "../i18n/i18n.js";
import { UserError } from "../i18n/user-error.js";
import type { Logger } from "../log.js";
import { projectRoot } from "../project-root.js";
import type { Db } from "../store/client.js";
import { auditOf } from "../store/audit-repo.js";
import { countUnreachableChats } from "../store/chat-repo.js";
import { findOfficerByCode, listAgencies } from "../store/contacts-repo.js";
import { pendingExtensionOf, pendingExtensions } from "../store/extensions-repo.js";
import { countOutbox } from "../store/outbox-repo.js";
import { countTasks, findTaskByCode, listTasks, reportedTasks } from "../store/tasks-repo.js";
import { registerImportPage } from "./import-page.js";
import type { ConsoleKit } from "./kit.js";
import { registerOfficePages } from "./office-pages.js";
import { registerReportPage } from "./report-page.js";
import { registerOfficersPage } from "./officers-page.js";
import { actorOf, requestSignInCode, type Session, sessionOf, signIn, signOut } from "./sign-in.js";

export interface WebDeps {
  db: Db;
  config: Config;
  now: () => Date;
  log: Logger;
}

const SESSION = "dd_session";
const FORM_TOKEN = "dd_form";
const PAGE_SIZE = 50;

type Form = Record<string, string | undefined>;

export async function registerWebConsole(app: FastifyInstance, deps: WebDeps): Promise<void> {
  const { db, config, now, log } = deps;
  await app.register((await import("@fastify/cookie")).default);
  await app.register((await import("@fastify/formbody")).default, { bodyLimit: 100_000 });
  const eta = new Eta({ views: join(projectRoot(), "web", "views"), autoEscape: true, cache: true });
  // Behind a reverse proxy the console lives under the public address's path.
  const base = `${config.PUBLIC_BASE_URL ? new URL(config.PUBLIC_BASE_URL).pathname.replace(/\/$/, "") : ""}/console`;
  const secure = config.PUBLIC_BASE_URL?.startsWith("https:") ?? false;
  const cookie = { path: base, httpOnly: true, sameSite: "strict" as const, secure };

  const langOf = (session?: Session): Language => {
    const l = session?.officer.language;
    return l && isLanguage(l) ? l : config.DEFAULT_LANGUAGE;
  };

  /** A page: the layout around a view, in the person's language, never cached by proxies. */
  const page = (reply: FastifyReply, view: string, data: Record<string, unknown>, session?: Session, status = 200) => {
    const lang = langOf(session);
    const body = eta.render(view, {
      ...data,
      tr: translator(lang),
      lang,
      base,
      me: session?.officer,
      admin: session ? isAdmin(session.officer) : false,
      csrf: session?.csrf ?? data.formToken,
      date: (iso: string | null) => (iso ? formatViDate(iso) : ""),
      // Instants in the Office's own time, the Vietnamese way.
      time: (instant: Date | null) => localTime(instant, config.TIME_ZONE),
      day: (instant: Date) => formatViDate(localDateOf(instant, config.TIME_ZONE)),
    });
    return reply.code(status).header("cache-control", "no-store").type("text/html; charset=utf-8").send(body);
  };

  /** An anonymous form's token (double-submit): a random cookie the form repeats. */
  const formToken = (req: FastifyRequest, reply: FastifyReply): string => {
    const existing = req.cookies[FORM_TOKEN];
    if (existing) return existing;
    const token = randomBytes(24).toString("base64url");
    void reply.setCookie(FORM_TOKEN, token, cookie);
    return token;
  };

  const same = (a: string | undefined, b: string | undefined) =>
    a !== undefined && b !== undefined && a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

  // Every POST proves it came from our own page: the session's token, or the sign-in form's.
  app.addHook("preHandler", async (req, reply) => {
    if (req.method !== "POST" || !req.url.startsWith("/console")) return;
    const body = (req.body ?? {}) as Form;
    const session = await sessionOf(db, req.cookies[SESSION], now());
    const expected = session ? session.csrf : req.cookies[FORM_TOKEN];
    if (!same(body._csrf, expected)) {
      log.warn({ path: req.url.split("?")[0] }, "web form refused: missing or wrong CSRF token");
      return page(reply, "message", { title: "web-form-expired-title", text: "web-form-expired" }, session, 403);
    }
  });

  /** The signed-in person, or a redirect to sign in. */
  const signedIn = async (req: FastifyRequest, reply: FastifyReply): Promise<Session | undefined> => {
    const session = await sessionOf(db, req.cookies[SESSION], now());
    if (!session) void reply.redirect(`${base}/dang-nhap`, 303);
    return session;
  };

  const kit: ConsoleKit = { db, config, now, base, signedIn, page, tr: (session) => translator(langOf(session)) };
  await registerImportPage(app, kit);

  await registerOfficersPage(app, kit);
  await registerOfficePages(app, kit);

  app.get("/console/dang-nhap", async (req, reply) => page(reply, "sign-in", { formToken: formToken(req, reply), step: "officer" }));

  app.post("/console/dang-nhap", async (req, reply) => {
    const body = req.body as Form;
    const officer = (body.officer ?? "").trim();
    const result = await requestSignInCode(db, officer, now());
    const token = formToken(req, reply);
    if (result.kind !== "sent")
      return page(reply, "sign-in", { formToken: token, step: "officer", error: `web-sign-in-${result.kind}`, officer }, undefined, 400);
    return page(reply, "sign-in", { formToken: token, step: "code", officer: result.officer.code });
  });

  app.post("/console/dang-nhap/ma", async (req, reply) => {
    const body = req.body as Form;
    const officer = (body.officer ?? "").trim();
    const result = await signIn(db, officer, body.code ?? "", now(), config.TIME_ZONE);
    if (result.kind !== "ok") {
      const error = result.kind === "wrong" ? "web-code-wrong" : `web-sign-in-${result.kind}`;
      const left = result.kind === "wrong" ? result.left : 0;
      return page(
        reply,
        "sign-in",
        { formToken: formToken(req, reply), step: result.kind === "wrong" ? "code" : "officer", error, left, officer },
        undefined,
        400,
      );
    }
    // A browser-session cookie: the store says when the session ends (local midnight), so a
    // browser whose clock is off neither keeps nor loses it early.
    void reply.setCookie(SESSION, result.token, cookie);
    return reply.redirect(`${base}`, 303);
  });

  app.post("/console/dang-xuat", async (req, reply) => {
    await signOut(db, req.cookies[SESSION]);
    void reply.clearCookie(SESSION, cookie);
    return reply.redirect(`${base}/dang-nhap`, 303);
  });

  app.get("/console", async (req, reply) => {
    const session = await signedIn(req, reply);
    if (!session) return reply;
    const today = localDateOf(now(), config.TIME_ZONE);
    const [year, month] = today.split("-").map(Number) as [number, number];
    const { reportFigures } = await import("../monthly-report/build.js");
    const [open, overdue, reported, extensions, failed, figures, unreachable] = await Promise.all([
      countTasks(db, { status: "open" }),
      countTasks(db, { overdueBefore: today }),
      reportedTasks(db, 0),
      pendingExtensions(db, 20),
      countOutbox(db, "failed"),
      reportFigures(db, year, month, today),
      countUnreachableChats(db),
    ]);
    const overdueByAgency = figures.agencies.filter((a) => a.overdue > 0).sort((a, b) => b.overdue - a.overdue);
    const key = `${year}-${String(month).padStart(2, "0")}`;
    return page(
      reply,
      "overview",
      {
        open,
        overdue,
        reported: reported.count,
        extensions,
        failed,
        unreachable,
        today,
        figures,
        overdueByAgency,
        key,
        leader: isLeader(session.officer),
      },
      session,
    );
  });

  // A leader's or an admin's decision on an extension request: the chat's own use case.
  app.post("/console/gia-han/:id", async (req, reply) => {
    const session = await signedIn(req, reply);
    if (!session) return reply;
    if (!isLeader(session.officer))
      return page(reply, "message", { title: "web-not-allowed-title", text: "web-not-allowed" }, session, 403);
    const approve = (req.body as Form).decision === "approve";
    const reason = ((req.body as Form).reason ?? "").trim().slice(0, 500) || undefined;
    const { decideAndTell } = await import("../completion/extension-request.js");
    const outcome = await decideAndTell(db, {
      requestId: Number((req.params as { id: string }).id),
      approve,
      by: actorOf(session),
      via: "web",
      at: now(),
      reason,
    });
    const tr = translator(langOf(session));
    const text =
      outcome.kind === "decided"
        ? tr(approve ? "bot-extension-approved-admin" : "bot-extension-refused-admin", {
            code: outcome.task.code,
            date: formatViDate(outcome.requestedDue),
          })
        : outcome.kind === "task_closed"
          ? tr("bot-extension-task-closed", { code: outcome.task.code })
          : tr(outcome.kind === "already_decided" ? "bot-extension-already-decided" : "bot-button-stale");
    return page(
      reply,
      "message",
      { title: "web-extensions-title", raw: text, back: base },
      session,
      outcome.kind === "decided" ? 200 : 409,
    );
  });

  app.get("/console/nhiem-vu", async (req, reply) => {
    const session = await signedIn(req, reply);
    if (!session) return reply;
    const q = req.query as Form;
    const status = TASK_STATUSES.includes(q.status as TaskStatus) ? (q.status as TaskStatus) : undefined;
    const today = localDateOf(now(), config.TIME_ZONE);
    const agencies = await listAgencies(db);
    const agency = agencies.some((a) => a.code === q.agency) ? q.agency : undefined;
    const officer = q.officer?.trim() ? await findOfficerByCode(db, q.officer.trim()) : undefined;
    const dueBy = q.due ? parseViDate(q.due.trim()) : undefined;
    const filter = {
      status,
      agencyCode: agency,
      text: q.q?.slice(0, 200),
      // An officer code that matches nobody shows nothing, not everything.
      ...(q.officer?.trim() ? { officerId: officer?.id ?? -1 } : {}),
      ...(dueBy ? { dueBy } : {}),
      ...(q.overdue === "1" ? { overdueBefore: today } : {}),
    };
    const pageNo = Math.max(1, Number.parseInt(q.page ?? "1", 10) || 1);
    // Paged in the store: a page of 50 costs the same at 100 tasks or 100,000.
    const [count, tasks] = await Promise.all([
      countTasks(db, filter),
      listTasks(db, filter, { skip: (pageNo - 1) * PAGE_SIZE, take: PAGE_SIZE }),
    ]);
    const pages = Math.max(1, Math.ceil(count / PAGE_SIZE));
    const keep = new URLSearchParams(
      Object.entries({ q: q.q, status, agency, overdue: q.overdue }).filter((e): e is [string, string] => Boolean(e[1])),
    );
    return page(
      reply,
      "tasks",
      {
        tasks,
        count,
        pageNo,
        pages,
        agencies,
        query: { q: q.q ?? "", status, agency, officer: q.officer ?? "", due: q.due ?? "", overdue: q.overdue === "1" },
        keep: keep.toString(),
        today,
      },
      session,
    );
  });

  app.get("/console/nhiem-vu/:code", async (req, reply) => {
    const session = await signedIn(req, reply);
    if (!session) return reply;
    const task = await findTaskByCode(db, (req.params as { code: string }).code);
    if (!task) return page(reply, "message", { title: "web-not-found-title", text: "web-not-found" }, session, 404);
    const [history, extension] = await Promise.all([auditOf(db, "task", task.id), pendingExtensionOf(db, task.id)]);
    const done = (req.query as Form).done;
    return page(reply, "task", { task, history, extension, done, leader: isLeader(session.officer) }, session);
  });

  // Confirm, reopen or cancel, with a reason: the same use cases as the CLI and the chat.
  app.post("/console/nhiem-vu/:code/:action", async (req, reply) => {
    const session = await signedIn(req, reply);
    if (!session) return reply;
    const { code, action } = req.params as { code: string; action: string };
    if (!isAdmin(session.officer)) return page(reply, "message", { title: "web-not-allowed-title", text: "web-not-allowed" }, session, 403);
    const steps = await import("../completion/task-admin.js");
    const step = { xac_nhan: steps.confirmTask, mo_lai: steps.reopenTask, huy: steps.cancelTask }[action];
    if (!step) return page(reply, "message", { title: "web-not-found-title", text: "web-not-found" }, session, 404);
    const reason = ((req.body as Form).reason ?? "").trim().slice(0, 500);
    try {
      await step(db, code, { actor: actorOf(session), channel: "web", now: now(), reason });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      const tr = translator(langOf(session));
      return page(
        reply,
        "message",
        { title: "web-action-refused-title", raw: tr(error.key, error.args), back: `${base}/nhiem-vu/${encodeURIComponent(code)}` },
        session,
        409,
      );
    }
    return reply.redirect(`${base}/nhiem-vu/${encodeURIComponent(code)}?done=${action}`, 303);
  });

  await registerReportPage(app, kit);
}
