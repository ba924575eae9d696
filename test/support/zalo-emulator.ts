// A Zalo Bot Platform emulator on loopback, as zalo-bot-api.md describes the real one:
// POST /bot{TOKEN}/{method} with JSON; envelopes { ok, result | error_code, description }, errors
// inside an HTTP 200; string ids; dates in milliseconds; getUpdates returns ONE update (alone or
// wrapped as { ok, result }) or 408 when none came in time, and refuses while a webhook is set;
// webhook deliveries carry X-Bot-Api-Secret-Token. Errors can be asked for, per method.
import { randomUUID } from "node:crypto";
import { type Server, createServer } from "node:http";

export interface ZaloUpdateSent {
  event_name: string;
  message: {
    message_id: string;
    date: number;
    text?: string;
    chat: { id: string; chat_type: "PRIVATE" | "GROUP" };
    from: { id: string; display_name: string; is_bot: boolean };
    quote_message_id?: string;
  };
}

export interface BotMessage {
  chatId: string;
  messageId: string;
  text?: string;
  photo?: string;
}

export class ZaloEmulator {
  readonly apiRoot: string;
  readonly sent: BotMessage[] = [];
  readonly calls: string[] = [];
  private queue: unknown[] = [];
  private waiting: (() => void)[] = [];
  private webhook: { url: string; secret: string } | undefined;
  private failures = new Map<string, { code: number; description: string }[]>();
  private wrapNext = false;
  /** What getMe says of the bot: its display name, and whether it may join groups. */
  me = { account_name: "dondoc_bot", can_join_groups: true };

  private constructor(
    private readonly server: Server,
    readonly token: string,
    port: number,
    /** The longest a getUpdates waits before its 408, whatever timeout it asked for. */
    private readonly maxWaitMs: number,
  ) {
    this.apiRoot = `http://127.0.0.1:${port}`;
  }

  static async start(token = "1234567890:zalo-test-secret", maxWaitMs = 300): Promise<ZaloEmulator> {
    // The server exists before the emulator that answers on it: requests are routed through a holder.
    const holder: { emulator?: ZaloEmulator } = {};
    const server = createServer((req, res) => void holder.emulator!.route(req.url ?? "", req, res));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
    const address = server.address();
    holder.emulator = new ZaloEmulator(server, token, typeof address === "object" && address ? address.port : 0, maxWaitMs);
    return holder.emulator;
  }

  close(): Promise<void> {
    for (const w of this.waiting) w();
    return new Promise((r) => this.server.close(() => r()));
  }

  /** The next calls of `method` fail with these codes (inside an HTTP 200, as Zalo does). */
  fail(method: string, code: number, description: string, times = 1): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), ...Array.from({ length: times }, () => ({ code, description }))]);
  }

  /** A person writes to the bot. Returns the update, to deliver it again as a duplicate. */
  async userSays(
    fromId: string,
    text: string,
    opts: { chatId?: string; group?: boolean; event?: string; replyTo?: string; at?: Date } = {},
  ): Promise<ZaloUpdateSent> {
    const update: ZaloUpdateSent = {
      event_name: opts.event ?? "message.text.received",
      message: {
        message_id: randomUUID().replace(/-/g, ""),
        date: (opts.at ?? new Date()).getTime(),
        ...(opts.event && opts.event !== "message.text.received" ? {} : { text }),
        chat: { id: opts.chatId ?? fromId, chat_type: opts.group ? "GROUP" : "PRIVATE" },
        from: { id: fromId, display_name: `Người dùng ${fromId}`, is_bot: false },
        ...(opts.replyTo ? { quote_message_id: opts.replyTo } : {}),
      },
    };
    await this.deliver(update);
    return update;
  }

  /** Delivers an update (again): to the webhook when one is set, else to the next getUpdates. */
  async deliver(update: unknown, secret?: string): Promise<number | undefined> {
    if (this.webhook) {
      const r = await fetch(this.webhook.url, {
        method: "POST",
        headers: { "content-type": "application/json", "X-Bot-Api-Secret-Token": secret ?? this.webhook.secret },
        body: JSON.stringify(update),
      });
      return r.status;
    }
    this.queue.push(update);
    this.waiting.shift()?.();
    return undefined;
  }

  textsTo(chatId: string): string[] {
    return this.sent.filter((m) => m.chatId === chatId && m.text !== undefined).map((m) => m.text!);
  }

  async waitForTexts(chatId: string, count: number, ms = 10_000): Promise<string[]> {
    for (const start = Date.now(); this.textsTo(chatId).length < count;) {
      if (Date.now() - start > ms) throw new Error(`expected ${count} messages to ${chatId}, got: ${JSON.stringify(this.textsTo(chatId))}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    return this.textsTo(chatId);
  }

  private async route(url: string, req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse): Promise<void> {
    let raw = "";
    for await (const c of req) raw += c;
    const answer = (payload: unknown) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(payload));
    };
    const fail = (code: number, description: string) => answer({ ok: false, error_code: code, description });
    const m = /^\/bot([^/]+)\/(\w+)$/.exec(url);
    if (!m) return fail(404, "Not Found");
    const [, token, method] = m as unknown as [string, string, string];
    this.calls.push(method);
    if (token !== this.token) return fail(401, "Unauthorized");
    const injected = this.failures.get(method)?.shift();
    if (injected) return fail(injected.code, injected.description);
    let body: Record<string, unknown> = {};
    try {
      body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    } catch {
      return fail(400, "Bad Request: body is not JSON");
    }
    switch (method) {
      case "getMe":
        return answer({ ok: true, result: { id: "7777777777", account_type: "BASIC", ...this.me } });
      case "getUpdates": {
        if (this.webhook) return fail(400, "Bad Request: webhook is active, use deleteWebhook first");
        if (this.queue.length === 0) {
          const wait = Math.min(Number(body.timeout ?? 30) * 1000, this.maxWaitMs);
          await new Promise<void>((r) => {
            const t = setTimeout(r, wait);
            this.waiting.push(() => (clearTimeout(t), r()));
          });
        }
        const next = this.queue.shift();
        if (next === undefined) return fail(408, "Request timeout");
        // Both shapes the docs show: the update alone, or wrapped again.
        this.wrapNext = !this.wrapNext;
        return answer({ ok: true, result: this.wrapNext ? { ok: true, result: next } : next });
      }
      case "setWebhook": {
        const secret = String(body.secret_token ?? "");
        if (secret.length < 8 || secret.length > 256) return fail(400, "Bad Request: secret_token must be 8-256 characters");
        this.webhook = { url: String(body.url), secret };
        return answer({ ok: true, result: { url: body.url } });
      }
      case "deleteWebhook":
        this.webhook = undefined;
        return answer({ ok: true, result: true });
      case "getWebhookInfo":
        return answer({ ok: true, result: { url: this.webhook?.url ?? "" } });
      case "sendMessage": {
        const text = String(body.text ?? "");
        if (text.length < 1 || text.length > 2000) return fail(400, "Bad Request: text must be 1-2000 characters");
        const messageId = randomUUID().replace(/-/g, "");
        this.sent.push({ chatId: String(body.chat_id), messageId, text });
        return answer({ ok: true, result: { message_id: messageId, date: Date.now() } });
      }
      case "sendPhoto": {
        const messageId = randomUUID().replace(/-/g, "");
        this.sent.push({ chatId: String(body.chat_id), messageId, photo: String(body.photo) });
        return answer({ ok: true, result: { message_id: messageId, date: Date.now() } });
      }
      case "sendChatAction":
        return answer({ ok: true, result: true });
      default:
        return fail(404, `Not Found: method ${method}`);
    }
  }
}
