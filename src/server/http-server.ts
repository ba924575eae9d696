// The HTTP side: /health, and the webhook endpoints. A webhook's secret header is checked in
// constant time before the body is read; an oversized body is refused.
import { timingSafeEqual } from "node:crypto";
import { type IncomingMessage, type Server, type ServerResponse, createServer } from "node:http";
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
  maxBodyBytes?: number;
}

export function secretMatches(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== "string") return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

export function createHttpServer(opts: HttpOptions): { server: Server; listen(): Promise<number>; close(): Promise<void> } {
  const max = opts.maxBodyBytes ?? 1_000_000;
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://local");
    const path = url.pathname;
    try {
      if (req.method === "GET" && path === "/health") {
        const health = await opts.health();
        return send(res, health.status === "ok" ? 200 : 503, health);
      }
      const files = req.method === "GET" ? opts.files?.find((f) => path.startsWith(f.prefix)) : undefined;
      if (files) {
        const file = await files.handle(path, url.searchParams);
        if (!file) return send(res, 404, { error: "not found" });
        res.writeHead(200, {
          "content-type": file.contentType,
          "content-length": file.body.length,
          "cache-control": "private, max-age=3600",
        });
        return void res.end(file.body);
      }
      const hook = opts.webhooks.find((w) => w.path === path);
      if (!hook) return send(res, 404, { error: "not found" });
      if (req.method !== "POST") return send(res, 405, { error: "method not allowed" });
      if (!secretMatches(req.headers[hook.header.toLowerCase()], hook.secret)) {
        opts.log.warn({ path }, "webhook refused: wrong or missing secret");
        return send(res, 401, { error: "unauthorized" });
      }
      if (Number(req.headers["content-length"] ?? 0) > max) return send(res, 413, { error: "payload too large" });
      await hook.handle(req, res);
    } catch (error) {
      opts.log.error({ err: error, path }, "http request failed");
      if (!res.headersSent) send(res, 500, { error: "internal error" });
    }
  });
  return {
    server,
    listen: () =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(opts.port, opts.host, () => {
          const address = server.address();
          resolve(typeof address === "object" && address ? address.port : opts.port);
        });
      }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
