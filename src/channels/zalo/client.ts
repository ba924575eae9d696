// A thin client for the Zalo Bot Platform API: POST {root}/bot{TOKEN}/{method} with a JSON body,
// answers checked against zod schemas. An HTTP 200 can carry ok: false: the envelope decides.
// The token is in every URL, so no URL ever leaves this file (errors carry the method only).
import type { z } from "zod";
import { type ZaloUpdate, botInfo, envelope, parseUpdate, sentMessage, webhookInfo } from "./schemas.js";

export class ZaloApiError extends Error {
  constructor(
    readonly method: string,
    readonly errorCode: number,
    readonly description: string,
  ) {
    super(`zalo ${method} failed: ${errorCode} ${description}`);
  }
}

export class ZaloNetworkError extends Error {
  constructor(
    readonly method: string,
    cause: string,
  ) {
    super(`zalo ${method}: network error: ${cause}`);
  }
}

export interface ZaloClientOptions {
  token: string;
  apiRoot: string;
  /** Per-call timeout (getUpdates adds its long-poll time). */
  timeoutMs?: number;
}

export function createZaloClient(opts: ZaloClientOptions) {
  const base = `${opts.apiRoot.replace(/\/$/, "")}/bot${opts.token}`;
  const timeoutMs = opts.timeoutMs ?? 15_000;

  async function call<T extends z.ZodTypeAny>(
    method: string,
    body: Record<string, unknown>,
    schema: T,
    extraMs = 0,
    signal?: AbortSignal,
  ): Promise<z.infer<T>> {
    let response: Response;
    const timeout = AbortSignal.timeout(timeoutMs + extraMs);
    try {
      response = await fetch(`${base}/${method}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
    } catch (error) {
      throw new ZaloNetworkError(method, (error as Error).name === "TimeoutError" ? "timeout" : ((error as Error).name ?? "fetch failed"));
    }
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      throw new ZaloApiError(method, response.status, `HTTP ${response.status}, not JSON`);
    }
    const env = envelope.safeParse(json);
    if (!env.success) throw new ZaloApiError(method, response.status, "unexpected answer");
    if (!env.data.ok) throw new ZaloApiError(method, env.data.error_code ?? response.status, env.data.description ?? "");
    const result = schema.safeParse(env.data.result);
    if (!result.success) throw new ZaloApiError(method, 0, "unexpected result shape");
    return result.data;
  }

  return {
    getMe: () => call("getMe", {}, botInfo),
    /** One update, or undefined when none came within the timeout (Zalo answers 408 then). */
    async getUpdates(timeoutSeconds: number, signal?: AbortSignal): Promise<ZaloUpdate | undefined> {
      try {
        const raw = await call("getUpdates", { timeout: String(timeoutSeconds) }, envelope.shape.result, timeoutSeconds * 1000, signal);
        return raw === undefined || raw === null ? undefined : parseUpdate(raw);
      } catch (error) {
        if (error instanceof ZaloApiError && error.errorCode === 408) return undefined;
        throw error;
      }
    },
    setWebhook: (url: string, secretToken: string) => call("setWebhook", { url, secret_token: secretToken }, envelope.shape.result),
    deleteWebhook: () => call("deleteWebhook", {}, envelope.shape.result),
    getWebhookInfo: () => call("getWebhookInfo", {}, webhookInfo),
    sendMessage: (chatId: string, text: string) => call("sendMessage", { chat_id: chatId, text }, sentMessage),
    sendPhoto: (chatId: string, photoUrl: string, caption?: string) =>
      call("sendPhoto", { chat_id: chatId, photo: photoUrl, ...(caption ? { caption } : {}) }, sentMessage),
    sendChatAction: (chatId: string, action: "typing") => call("sendChatAction", { chat_id: chatId, action }, envelope.shape.result),
  };
}
