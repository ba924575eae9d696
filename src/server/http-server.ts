// The HTTP side, on Fastify: /health, the webhook endpoints, the chart files, and whatever else
// registers itself (the web console). A webhook's secret header is checked in constant time
// before the body is read (the route takes the raw request from its first hook on); an
// oversized body is refused.
import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { FastifyInstance } from "fastify";
import type { Logger } from "../log.js";

export type Route = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export interface WebhookRoute {
  path: string;
  header: string;
  secret: string;
  handle: Route;
}

export interface FileRoute {
  /** Paths starting with this are answered by `handle` (GET only). */
  prefix: string;
  handle(path: string, query: URLSearchParams): Promise<{ contentType: string; body: Buffer } | undefined>;
}

export interface HttpOptions {
  host: string;
  port: number;
  log: Logger;
  health(): Promise<Record<string, unknown>>;
  webhooks: WebhookRoute[];
  files?: FileRoute[];
  /** More routes on the same server (the web console), registered before it listens. */
  plugins?: ((app: FastifyInstance) => Promise<void>)[];
  maxBodyBytes?: number;
}

export function secretMatches(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== "string") return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export interface HttpServer {
  listen(): Promise<number>;
  close(): Promise<void>;
}

/** The server is built when it starts: a bot without HTTP (the console) never loads Fastify. */
export function createHttpServer(opts: HttpOptions): HttpServer {
  let app: FastifyInstance | undefined;
  return {
    async listen() {
      app = await build(opts);
      await app.listen({ port: opts.port, host: opts.host });
      const address = app.server.address();
      return typeof address === "object" && address ? address.port : opts.port;
    },
    close: async () => {
      await app?.close();
    },
  };
}

async function build(opts: HttpOptions): Promise<FastifyInstance> {
  const { default: Fastify } = await import("fastify");
  const max = opts.maxBodyBytes ?? 1_000_000;
  // Fastify's own logger stays off: requests are logged by us, without bodies or secrets.
  const app = Fastify({ logger: false, bodyLimit: max, trustProxy: true });

  app.get("/health", async (_req, reply) => {
    const health = await opts.health();
    return reply.code(health.status === "ok" ? 200 : 503).send(health);
  });

  for (const files of opts.files ?? []) {
    app.get(`${files.prefix}*`, async (req, reply) => {
      const url = new URL(req.url, "http://local");
      const file = await files.handle(url.pathname, url.searchParams);
      if (!file) return reply.code(404).send({ error: "not found" });
      return reply.header("content-type", file.contentType).header("cache-control", "private, max-age=3600").send(file.body);
    });
  }

  for (const hook of opts.webhooks) {
    app.route({
      method: ["POST", "GET", "PUT", "DELETE", "PATCH"],
      url: hook.path,
      // Everything happens before Fastify reads the body: the secret first, then the channel
      // reads the raw request itself.
      onRequest: async (req, reply) => {
        if (req.method !== "POST") return reply.code(405).send({ error: "method not allowed" });
        if (!secretMatches(req.headers[hook.header.toLowerCase()], hook.secret)) {
          opts.log.warn({ path: hook.path }, "webhook refused: wrong or missing secret");
          return reply.code(401).send({ error: "unauthorized" });
        }
        if (Number(req.headers["content-length"] ?? 0) > max) return reply.code(413).send({ error: "payload too large" });
        reply.hijack();
        try {
          await hook.handle(req.raw, reply.raw);
        } catch (error) {
          opts.log.error({ err: error, path: hook.path }, "http request failed");
          if (!reply.raw.headersSent) reply.raw.writeHead(500, { "content-type": "application/json" });
          if (!reply.raw.writableEnded) reply.raw.end(JSON.stringify({ error: "internal error" }));
        }
      },
      handler: async () => undefined,
    });
  }

  app.setNotFoundHandler(async (_req, reply) => reply.code(404).send({ error: "not found" }));
  app.setErrorHandler(async (error, req, reply) => {
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    if (status >= 500) opts.log.error({ err: error, path: req.url.split("?")[0] }, "http request failed");
    // A person at the console reads a sentence, never a stack trace or JSON.
    if (req.url.startsWith("/console"))
      return reply
        .code(status)
        .type("text/html; charset=utf-8")
        .send('<!doctype html><meta charset="utf-8"><p>Đã xảy ra lỗi, xin thử lại. (Something went wrong; please try again.)</p>');
    return reply.code(status).send({ error: status >= 500 ? "internal error" : (error as Error).message });
  });

  for (const plugin of opts.plugins ?? []) await plugin(app);
  return app;
}
