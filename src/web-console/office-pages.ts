// The Office's smaller pages: Tin gửi (messages waiting or not delivered, "retry now"), Ngày nghỉ
// (holidays) and Nhóm lãnh đạo (the groups the monthly report goes to). Lists for everyone signed
// in; changes for admins, through the same use cases as the CLI.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { parseViDate } from "../core/calendar/local-date.js";
import { isAdmin } from "../core/contacts/people.js";
import { retryMessage } from "../delivery/outbox.js";
import { addHoliday, dropHoliday } from "../holidays/holidays.js";
import { leadershipGroups } from "../store/chat-repo.js";
import { listHolidays } from "../store/holidays-repo.js";
import { listOutbox } from "../store/outbox-repo.js";
import type { ConsoleKit } from "./kit.js";
import { type Session, actorOf } from "./sign-in.js";

type Form = Record<string, string | undefined>;

export async function registerOfficePages(app: FastifyInstance, d: ConsoleKit): Promise<void> {
  const admin = async (req: FastifyRequest, reply: FastifyReply): Promise<Session | undefined> => {
    const session = await d.signedIn(req, reply);
    if (session && !isAdmin(session.officer)) {
      d.page(reply, "message", { title: "web-not-allowed-title", text: "web-not-allowed" }, session, 403);
      return undefined;
    }
    return session;
  };
  const who = (s: Session) => ({ actor: actorOf(s), channel: "web", now: d.now() });

  app.get("/console/tin-gui", async (req, reply) => {
    const session = await d.signedIn(req, reply);
    if (!session) return reply;
    const status = (req.query as Form).status === "pending" ? "pending" : "failed";
    return d.page(reply, "outbox", { rows: await listOutbox(d.db, status), status, done: (req.query as Form).done }, session);
  });

  app.post("/console/tin-gui/:id", async (req, reply) => {
    const session = await admin(req, reply);
    if (!session) return reply;
    const ok = await retryMessage(d.db, Number((req.params as { id: string }).id), who(session));
    return reply.redirect(`${d.base}/tin-gui?done=${ok ? "retry" : "gone"}`, 303);
  });

  app.get("/console/ngay-nghi", async (req, reply) => {
    const session = await d.signedIn(req, reply);
    if (!session) return reply;
    const q = req.query as Form;
    return d.page(reply, "holidays", { holidays: await listHolidays(d.db), done: q.done, error: q.error }, session);
  });

  app.post("/console/ngay-nghi", async (req, reply) => {
    const session = await admin(req, reply);
    if (!session) return reply;
    const body = req.body as Form;
    const day = parseViDate((body.date ?? "").trim());
    const name = (body.name ?? "").trim().slice(0, 200);
    if (!day || (!body.remove && !name)) return reply.redirect(`${d.base}/ngay-nghi?error=1`, 303);
    const done = body.remove
      ? (await dropHoliday(d.db, day, who(session)))
        ? "removed"
        : "unknown"
      : await addHoliday(d.db, day, name, who(session));
    return reply.redirect(`${d.base}/ngay-nghi?done=${done}`, 303);
  });

  app.get("/console/nhom", async (req, reply) => {
    const session = await d.signedIn(req, reply);
    if (!session) return reply;
    return d.page(reply, "groups", { groups: await leadershipGroups(d.db) }, session);
  });
}
