// What every platform channel does to stay connected: keep its state (for /health and the
// sender), retry with capped exponential backoff until the platform answers, and stop waiting at
// once when the channel stops.
import type { Logger } from "../log.js";
import type { ChannelState } from "./channel.js";

export interface Connection {
  state(): ChannelState;
  set(next: ChannelState): void;
  connected(): Promise<void>;
  readonly signal: AbortSignal;
  stop(): void;
  /** Waits `ms`, or less if the channel stops. */
  sleep(ms: number): Promise<void>;
  /**
   * Calls `fn` until it succeeds, waiting 1 s, 2 s, 4 s … up to `maxMs` between tries. `fatal`
   * tells an error no retry can fix (a refused token): the channel goes down with that reason.
   */
  retry<T>(what: string, fn: () => Promise<T>, fatal: (error: unknown) => string | undefined, maxMs?: number): Promise<T | undefined>;
}

export function createConnection(log: Logger): Connection {
  let state: ChannelState = { status: "connecting" };
  let resolveConnected: () => void = () => undefined;
  const connected = new Promise<void>((r) => (resolveConnected = r));
  const abort = new AbortController();
  const conn: Connection = {
    state: () => state,
    set(next) {
      if (next.status !== state.status || next.receiving !== state.receiving || next.reason !== state.reason)
        log[next.status === "down" ? "error" : "info"]({ ...next }, "channel state");
      state = next;
      if (next.status !== "connecting") resolveConnected();
    },
    connected: () => connected,
    signal: abort.signal,
    stop() {
      abort.abort();
      resolveConnected();
    },
    sleep(ms) {
      return new Promise((resolve) => {
        if (abort.signal.aborted) return resolve();
        const timer = setTimeout(done, ms);
        function done() {
          clearTimeout(timer);
          abort.signal.removeEventListener("abort", done);
          resolve();
        }
        abort.signal.addEventListener("abort", done);
      });
    },
    async retry(what, fn, fatal, maxMs = 60_000) {
      for (let wait = 1000; !abort.signal.aborted; wait = Math.min(wait * 2, maxMs)) {
        try {
          return await fn();
        } catch (error) {
          if (abort.signal.aborted) return undefined;
          const why = fatal(error);
          if (why) {
            conn.set({ status: "down", reason: why });
            return undefined;
          }
          const reason = `${what}: ${(error as Error)?.message ?? String(error)}`.slice(0, 200);
          if (state.status !== "up") conn.set({ ...state, status: "connecting", reason });
          log.warn({ what, waitMs: wait, err: reason }, "platform not reachable; retrying");
          await conn.sleep(wait);
        }
      }
      return undefined;
    },
  };
  return conn;
}
