// A Bot API server of our own for faults the emulator cannot make. It answers as Telegram does:
// {ok:false, error_code, description, parameters} with the HTTP status Telegram uses, scripted per
// chat; everything else succeeds. It records every call.
import { type Server, createServer } from "node:http";

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
}

export interface BotApiStub {
  apiRoot: string;
  calls: StubCall[];
  /** The next answers for sendMessage to this chat (then success). */
  script(chatId: string | number, ...failures: TelegramFailure[]): void;
  /** Forgets the failures still scripted for this chat. */
  unscript(chatId: string | number): void;
  sent(chatId: string | number): string[];
  files(chatId: string | number): { method: string; filename: string }[];
  close(): Promise<void>;
}

export async function startBotApiStub(): Promise<BotApiStub> {
  const calls: StubCall[] = [];
  const scripts = new Map<string, TelegramFailure[]>();
  let messageId = 100;
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
      calls.push({ method, body });
      const answer = (status: number, payload: unknown) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(payload));
      };
      if (method === "getMe") return answer(200, { ok: true, result: { id: 42, is_bot: true, first_name: "stub", username: "stub_bot" } });
      if (method === "getUpdates") return setTimeout(() => answer(200, { ok: true, result: [] }), 200);
      if (method === "sendPhoto" || method === "sendDocument") {
        // Multipart: record which file went where, without parsing the upload.
        const filename = /;filename="?([^"\r\n;]+)/.exec(raw)?.[1] ?? "";
        const chat = /name="chat_id"\r\n\r\n([^\r]+)/.exec(raw)?.[1] ?? "";
        calls[calls.length - 1] = { method, body: { chat_id: chat, filename, bytes: raw.length } };
        return answer(200, {
          ok: true,
          result: { message_id: ++messageId, date: Math.floor(Date.now() / 1000), chat: { id: Number(chat), type: "private" } },
        });
      }
      if (method === "sendMessage") {
        const failure = scripts.get(String(body.chat_id))?.shift();
        if (failure)
          return answer(failure.status, {
            ok: false,
            error_code: failure.status,
            description: failure.description,
            ...(failure.parameters ? { parameters: failure.parameters } : {}),
          });
        return answer(200, {
          ok: true,
          result: {
            message_id: ++messageId,
            date: Math.floor(Date.now() / 1000),
            chat: { id: Number(body.chat_id), type: "private" },
            text: body.text,
          },
        });
      }
      return answer(200, { ok: true, result: true });
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    apiRoot: `http://127.0.0.1:${port}`,
    calls,
    script: (chatId, ...failures) => scripts.set(String(chatId), [...(scripts.get(String(chatId)) ?? []), ...failures]),
    unscript: (chatId) => scripts.delete(String(chatId)),
    files: (chatId) =>
      calls
        .filter((c) => (c.method === "sendPhoto" || c.method === "sendDocument") && String(c.body.chat_id) === String(chatId))
        .map((c) => ({ method: c.method, filename: String(c.body.filename) })),
    sent: (chatId) =>
      calls.filter((c) => c.method === "sendMessage" && String(c.body.chat_id) === String(chatId)).map((c) => String(c.body.text)),
    close: () => new Promise((r) => server.close(() => r())),
  };
}
