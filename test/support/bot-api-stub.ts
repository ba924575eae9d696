// A Bot API server of our own that fails the way Telegram does (reliability.md, "How the
// platforms fail"): it answers {ok:false, error_code, description, parameters} with Telegram's
// HTTP status, scripted per chat; a second concurrent getUpdates ends the first with 409; with
// limits on, more than 30 sends a second, 3 a second (13 in ten) to one chat or 20 a minute to a
// group get 429 with retry_after; and it can go down — 502, connection reset, connection refused
// — and come back on the same port. It records every call.
import { type Server, type ServerResponse, createServer } from "node:http";
import type { Socket } from "node:net";

export interface TelegramFailure {
  status: number;
  description: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

export const FAILURES = {
  tooMany: (retryAfter: number): TelegramFailure => ({
    status: 429,
    description: `Too Many Requests: retry after ${retryAfter}`,
    parameters: { retry_after: retryAfter },
  }),
  badGateway: (): TelegramFailure => ({ status: 502, description: "Bad Gateway" }),
  blocked: (): TelegramFailure => ({ status: 403, description: "Forbidden: bot was blocked by the user" }),
  chatNotFound: (): TelegramFailure => ({ status: 400, description: "Bad Request: chat not found" }),
  migrated: (to: number): TelegramFailure => ({
    status: 400,
    description: "Bad Request: group chat was upgraded to a supergroup chat",
    parameters: { migrate_to_chat_id: to },
  }),
};

export interface StubCall {
  method: string;
  body: Record<string, unknown>;
  /** When the call arrived (ms since the epoch, real time). */
  at: number;
}

export type Outage = "502" | "reset" | "refused";

export interface BotApiStub {
  apiRoot: string;
  calls: StubCall[];
  /** The next answers for sendMessage to this chat (null: that one succeeds), then success. */
  script(chatId: string | number, ...failures: (TelegramFailure | null)[]): void;
  /** Forgets the failures still scripted for this chat. */
  unscript(chatId: string | number): void;
  /**
   * The next sendMessage to this chat is answered only when the returned function is called, as
   * when Telegram is slow: the sender is caught mid-request.
   */
  hold(chatId: string | number): () => void;
  /** Every sendMessage text to this chat, failed tries included. */
  sent(chatId: string | number): string[];
  /** Texts that reached this chat (the calls that succeeded). */
  delivered(chatId: string | number): string[];
  /** Every successful send (messages and files), with its time: what the limits are judged on. */
  deliveries(): { at: number; chat: string }[];
  files(chatId: string | number): { method: string; filename: string }[];
  /** An update for the pollers: the one long poll that is waiting gets it. */
  push(update: Record<string, unknown>): void;
  /** 409s answered to a getUpdates ended by a newer one; 429s answered for the limits. */
  conflicts(): number;
  tooMany(): number;
  /** The token is revoked (BotFather's /revoke): every call from now on gets 401 Unauthorized. */
  revoke(): void;
  /** Goes down the given way until up(). */
  down(how: Outage): Promise<void>;
  up(): Promise<void>;
  close(): Promise<void>;
}

const SENDS = new Set(["sendMessage", "sendPhoto", "sendDocument"]);

export async function startBotApiStub(opts: { limits?: boolean; port?: number } = {}): Promise<BotApiStub> {
  const calls: StubCall[] = [];
  const scripts = new Map<string, (TelegramFailure | null)[]>();
  const updates: Record<string, unknown>[] = [];
  let nextUpdateId = 1;
  let polling: { res: ServerResponse; timer: NodeJS.Timeout; offset: number } | undefined;
  let messageId = 100;
  let conflicts = 0;
  let tooMany = 0;
  let outage: Outage | undefined;
  let revoked = false;
  const sends: { at: number; chat: string }[] = [];
  const texts: { chat: string; text: string }[] = [];
  const sockets = new Set<Socket>();
  const holds = new Map<string, Promise<void>>();

  const answer = (res: ServerResponse, status: number, payload: unknown) => {
    if (res.writableEnded) return;
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(payload));
  };
  const fail = (res: ServerResponse, f: TelegramFailure) =>
    answer(res, f.status, {
      ok: false,
      error_code: f.status,
      description: f.description,
      ...(f.parameters ? { parameters: f.parameters } : {}),
    });

  /** Telegram's published limits, counted over sliding windows of real time. */
  function overLimit(chat: string, now: number): TelegramFailure | undefined {
    const within = (ms: number, c?: string) => sends.filter((s) => s.at > now - ms && (c === undefined || s.chat === c)).length;
    if (within(1000) >= 30) return FAILURES.tooMany(1);
    if (chat.startsWith("-")) return within(60_000, chat) >= 20 ? FAILURES.tooMany(3) : undefined;
    if (within(1000, chat) >= 3 || within(10_000, chat) >= 13) return FAILURES.tooMany(1);
    return undefined;
  }

  function deliverUpdates(): void {
    if (!polling) return;
    const ready = updates.filter((u) => (u.update_id as number) >= polling!.offset);
    if (ready.length === 0) return;
    const p = polling;
    polling = undefined;
    clearTimeout(p.timer);
    answer(p.res, 200, { ok: true, result: ready });
  }

  function handle(method: string, body: Record<string, unknown>, raw: string, res: ServerResponse): void {
    if (method === "getMe")
      return answer(res, 200, { ok: true, result: { id: 42, is_bot: true, first_name: "stub", username: "stub_bot" } });
    if (method === "getUpdates") {
      // A newer getUpdates ends the one waiting: Telegram's answer to two pollers.
      if (polling) {
        conflicts++;
        const older = polling;
        polling = undefined;
        clearTimeout(older.timer);
        answer(older.res, 409, {
          ok: false,
          error_code: 409,
          description: "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
        });
      }
      const offset = Number(body.offset ?? 0);
      // Confirmed updates are forgotten, as Telegram does.
      for (let i = updates.length - 1; i >= 0; i--) if ((updates[i]!.update_id as number) < offset) updates.splice(i, 1);
      const wait = Math.min(Number(body.timeout ?? 0), 1) * 1000;
      polling = {
        res,
        offset,
        timer: setTimeout(
          () => (polling?.res === res ? ((polling = undefined), answer(res, 200, { ok: true, result: [] })) : undefined),
          wait,
        ),
      };
      res.on("close", () => {
        if (polling?.res === res) {
          clearTimeout(polling.timer);
          polling = undefined;
        }
      });
      return deliverUpdates();
    }
    if (SENDS.has(method)) {
      const multipart = method !== "sendMessage";
      const chat = multipart ? (/name="chat_id"\r\n\r\n([^\r]+)/.exec(raw)?.[1] ?? "") : String(body.chat_id);
      const held = multipart ? undefined : holds.get(chat);
      if (held) {
        holds.delete(chat);
        void held.then(() => handle(method, body, raw, res));
        return;
      }
      if (multipart) {
        // Record which file went where, without parsing the upload.
        const filename = /;filename="?([^"\r\n;]+)/.exec(raw)?.[1] ?? "";
        calls[calls.length - 1] = { method, body: { chat_id: chat, filename, bytes: raw.length }, at: calls[calls.length - 1]!.at };
      }
      const now = Date.now();
      const limited = opts.limits ? overLimit(chat, now) : undefined;
      if (limited) {
        tooMany++;
        return fail(res, limited);
      }
      const failure = multipart ? undefined : scripts.get(chat)?.shift();
      if (failure) return fail(res, failure);
      sends.push({ at: now, chat });
      if (!multipart) texts.push({ chat, text: String(body.text) });
      return answer(res, 200, {
        ok: true,
        result: {
          message_id: ++messageId,
          date: Math.floor(now / 1000),
          chat: { id: Number(chat), type: chat.startsWith("-") ? "supergroup" : "private" },
          ...(multipart ? {} : { text: body.text }),
        },
      });
    }
    return answer(res, 200, { ok: true, result: true });
  }

  const server: Server = createServer((req, res) => {
    let raw = "";
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      const method = (req.url ?? "").split("/").pop() ?? "";
      let body: Record<string, unknown> = {};
      try {
        body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
      } catch {
        body = {};
      }
      calls.push({ method, body, at: Date.now() });
      if (outage === "502") return answer(res, 502, { ok: false, error_code: 502, description: "Bad Gateway" });
      if (outage === "reset") return req.socket.destroy();
      if (revoked) return answer(res, 401, { ok: false, error_code: 401, description: "Unauthorized" });
      handle(method, body, raw, res);
    });
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  const listen = (port: number) => new Promise<void>((r) => server.listen(port, "127.0.0.1", () => r()));
  await listen(opts.port ?? 0);
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const shut = () =>
    new Promise<void>((r) => {
      for (const s of sockets) s.destroy();
      if (!server.listening) return r();
      server.close(() => r());
    });
  return {
    apiRoot: `http://127.0.0.1:${port}`,
    calls,
    script: (chatId, ...failures) => scripts.set(String(chatId), [...(scripts.get(String(chatId)) ?? []), ...failures]),
    unscript: (chatId) => scripts.delete(String(chatId)),
    hold(chatId) {
      let release!: () => void;
      holds.set(String(chatId), new Promise<void>((r) => (release = r)));
      return () => release();
    },
    files: (chatId) =>
      calls
        .filter((c) => (c.method === "sendPhoto" || c.method === "sendDocument") && String(c.body.chat_id) === String(chatId))
        .map((c) => ({ method: c.method, filename: String(c.body.filename) })),
    sent: (chatId) =>
      calls.filter((c) => c.method === "sendMessage" && String(c.body.chat_id) === String(chatId)).map((c) => String(c.body.text)),
    delivered: (chatId) => texts.filter((t) => t.chat === String(chatId)).map((t) => t.text),
    deliveries: () => [...sends],
    push(update) {
      updates.push({ update_id: nextUpdateId++, ...update });
      deliverUpdates();
    },
    conflicts: () => conflicts,
    tooMany: () => tooMany,
    revoke: () => {
      revoked = true;
    },
    async down(how) {
      outage = how;
      // Refused: nothing listens on the port any more.
      if (how === "refused") await shut();
    },
    async up() {
      if (outage === "refused") await listen(port);
      outage = undefined;
    },
    close: shut,
  };
}
