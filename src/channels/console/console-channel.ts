// The console channel: a chat in the terminal, so the bot runs with no token at all. The person
// at the keyboard picks which officer they are (by number or code) and talks to the bot as
// them; every message the bot sends to anyone in the console is shown with its recipient.
// Local and trusted: picking an officer links a console chat for them.
import { createInterface, type Interface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { ChannelAdapter, InboundHandler, SendResult } from "../channel.js";

export interface ConsoleOfficer {
  code: string;
  fullName: string;
  role: string;
  agency: string;
}

export interface ConsoleHooks {
  officers(): Promise<ConsoleOfficer[]>;
  /** Links a console chat to the officer (console chats are keyed by officer code). */
  link(code: string): Promise<void>;
  /** Loads the sample data set; returns a sentence to show. */
  loadSample(): Promise<string>;
  /** Runs the reminder sweep at an instant typed by the person (or now). */
  sweep(at: string | undefined): Promise<string>;
  text(key: string, args?: Record<string, string | number>): string;
  /** Which store the console works on (and whether it was just created). */
  storeLine(): string;
}

export interface ConsoleChannel extends ChannelAdapter {
  /** Resolves when the person leaves (/thoat or end of input). */
  closed: Promise<void>;
}

export function consoleChatId(code: string): string {
  return `console-${code}`;
}

export function createConsoleChannel(input: Readable, output: Writable, hooks: ConsoleHooks): ConsoleChannel {
  let rl: Interface | undefined;
  let current: ConsoleOfficer | undefined;
  let sequence = 0;
  const session = Date.now().toString(36);
  let resolveClosed: () => void = () => undefined;
  const closed = new Promise<void>((r) => (resolveClosed = r));
  const write = (text: string) => output.write(`${text}\n`);
  const prompt = () => rl?.setPrompt(current ? `${current.fullName} > ` : "> ");

  async function listOfficers(): Promise<ConsoleOfficer[]> {
    const officers = await hooks.officers();
    if (officers.length === 0) {
      write(hooks.text("console-no-data"));
      return officers;
    }
    write(hooks.text("console-pick"));
    officers.forEach((o, i) => write(`  ${i + 1}. ${o.code} — ${o.fullName} (${hooks.text(`role-${o.role}`)}, ${o.agency})`));
    return officers;
  }

  async function become(who: string): Promise<boolean> {
    const officers = await hooks.officers();
    const n = Number(who);
    const o = Number.isInteger(n) && n >= 1 ? officers[n - 1] : officers.find((x) => x.code.toUpperCase() === who.toUpperCase());
    if (!o) {
      write(hooks.text("console-no-such-officer", { who }));
      return false;
    }
    await hooks.link(o.code);
    current = o;
    // The hint shows what this person can do: an admin's and a leader's commands are their own.
    const hint = o.role === "admin" ? "console-now-admin" : o.role === "leader" ? "console-now-leader" : "console-now";
    write(hooks.text(hint, { name: o.fullName, code: o.code }));
    prompt();
    return true;
  }

  /** Console-only commands: who am I, sample data, the sweep, leaving. */
  async function local(line: string): Promise<boolean> {
    const [cmd, ...rest] = line.trim().split(/\s+/);
    const arg = rest.join(" ");
    switch (cmd?.toLowerCase()) {
      case "/la":
      case "/as":
        if (arg) await become(arg);
        else await listOfficers();
        return true;
      case "/mau":
      case "/sample":
        write(await hooks.loadSample());
        await listOfficers();
        return true;
      case "/quet":
      case "/sweep":
        write(await hooks.sweep(arg || undefined));
        return true;
      case "/thoat":
      case "/exit":
        rl?.close();
        return true;
      default:
        return false;
    }
  }

  return {
    name: "console",
    maxTextLength: Number.MAX_SAFE_INTEGER,
    supportsButtons: false,
    files: "none",
    closed,
    state: () => ({ status: "up" }),
    connected: async () => undefined,
    async send(chatId, message, options = {}): Promise<SendResult> {
      const to = chatId.replace(/^console-/, "");
      write(`\n🤖 → ${to}:\n${message.text}${message.files?.length ? `\n[${message.files.map((f) => f.filename).join(", ")}]` : ""}\n`);
      rl?.prompt(true);
      const id = `${session}-${++sequence}`;
      await options.onPiece?.(id, true);
      return { kind: "sent", messageIds: [id] };
    },
    async start(onMessage: InboundHandler) {
      rl = createInterface({ input, output, terminal: false });
      // One line at a time, in order, as a chat would deliver them; piped input arrives at once,
      // so the listeners go on before anything else is awaited.
      let queue: Promise<unknown> = (async () => {
        write(hooks.text("console-welcome"));
        write(hooks.storeLine());
        await listOfficers();
        prompt();
        rl?.prompt();
      })();
      rl.on("line", (line) => {
        queue = queue.then(async () => {
          const text = line.trim();
          if (text && (await local(text))) return rl?.prompt();
          if (!current) {
            if (text && !(await become(text))) await listOfficers();
            return rl?.prompt();
          }
          await onMessage({
            channel: "console",
            updateKey: `${session}-in-${++sequence}`,
            chatId: consoleChatId(current.code),
            chatType: "private",
            senderId: consoleChatId(current.code),
            onBehalfOfChat: false,
            text: line,
            contentKind: "text",
            at: new Date(),
          });
        });
      });
      rl.on("close", () => {
        void queue.then(() => resolveClosed());
      });
    },
    async stop() {
      rl?.close();
    },
  };
}
