// What every page of the console is built with: the store, the settings and clock, where the
// console lives, who is signed in, and how a page is rendered in that person's language.
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Config } from "../config.js";
import type { Translate } from "../i18n/i18n.js";
import type { Db } from "../store/client.js";
import type { Session } from "./sign-in.js";

export interface ConsoleKit {
  db: Db;
  config: Config;
  now: () => Date;
  /** The console's path as the browser sees it (behind a proxy, with its prefix). */
  base: string;
  /** The signed-in person, or a redirect to sign in (then undefined). */
  signedIn(req: FastifyRequest, reply: FastifyReply): Promise<Session | undefined>;
  page(reply: FastifyReply, view: string, data: Record<string, unknown>, session?: Session, status?: number): FastifyReply;
  tr(session: Session): Translate;
}
