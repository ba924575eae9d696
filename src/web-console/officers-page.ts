// Cán bộ: officers with their linked chats and the last message they received; link codes one at
// a time, or for a whole agency as a printable sheet (name, code, a QR code of the Telegram deep
// link, how to send the code on Zalo) — the way an Office onboards 300 people.
import type { FastifyInstance } from "fastify";
import { issueLinkCode } from "../contacts/link-codes.js";
import { isAdmin } from "../core/contacts/people.js";
import { foldText } from "../core/text/fold.js";
import { listAgencies, listOfficers } from "../store/contacts-repo.js";
import { lastSentToOfficers } from "../store/outbox-repo.js";
import type { ConsoleKit } from "./kit.js";
import { actorOf } from "./sign-in.js";

/** A printed sheet is handed out over days, not minutes. */
const SHEET_CODE_TTL_MINUTES = 7 * 24 * 60;

export async function registerOfficersPage(app: FastifyInstance, d: ConsoleKit): Promise<void> {
  app.get("/console/can-bo", async (req, reply) => {
    const session = await d.signedIn(req, reply);
    if (!session) return reply;
    const q = req.query as Record<string, string | undefined>;
    const [agencies, officers, lastSent] = await Promise.all([listAgencies(d.db), listOfficers(d.db), lastSentToOfficers(d.db)]);
    const agency = agencies.find((a) => a.code === q.agency)?.code;
    const words = foldText(q.q ?? "");
    const shown = officers
      .filter((o) => (!agency || o.agency.code === agency) && (!words || foldText(`${o.code} ${o.fullName}`).includes(words)))
      .map((o) => ({
        ...o,
        channels: o.chatAccounts.filter((c) => c.status === "active" && c.channel !== "console").map((c) => c.channel),
        lastSent: lastSent.get(o.id) ?? null,
      }));
    return d.page(reply, "officers", { officers: shown, agencies, agency, q: q.q ?? "", zone: d.config.TIME_ZONE }, session);
  });

  // Codes for one officer, or for every officer of an agency not linked yet: a printable sheet.
  app.post("/console/can-bo/phieu", async (req, reply) => {
    const session = await d.signedIn(req, reply);
    if (!session) return reply;
    if (!isAdmin(session.officer))
      return d.page(reply, "message", { title: "web-not-allowed-title", text: "web-not-allowed" }, session, 403);
    const body = req.body as Record<string, string | undefined>;
    const officers = (await listOfficers(d.db)).filter(
      (o) =>
        o.active &&
        (body.officer
          ? o.code === body.officer
          : o.agency.code === body.agency && !o.chatAccounts.some((c) => c.status === "active" && c.channel !== "console")),
    );
    const QRCode = (await import("qrcode")).default;
    const bot = d.config.TELEGRAM_BOT_USERNAME;
    const actor = actorOf(session);
    const sheet = [];
    for (const o of officers) {
      const issued = await issueLinkCode(d.db, o.code, d.now(), SHEET_CODE_TTL_MINUTES, actor);
      const link = bot ? `https://t.me/${bot}?start=${issued.code}` : undefined;
      sheet.push({
        ...issued,
        agency: o.agency.name,
        link,
        qr: link ? await QRCode.toString(link, { type: "svg", margin: 1, width: 120 }) : undefined,
      });
    }
    return d.page(reply, "link-sheet", { sheet, zone: d.config.TIME_ZONE }, session);
  });
}
