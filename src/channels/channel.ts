// The one interface every chat platform implements. The core and the bot logic see only these
// shapes; grammY, the Zalo client and the terminal stay inside their adapters.

export type ChannelName = "telegram" | "zalo" | "console";

export interface Button {
  label: string;
  /** Opaque to the platform; at most 64 bytes (Telegram's callback_data limit). */
  data: string;
}

export interface OutgoingFile {
  kind: "photo" | "document";
  filename: string;
  /** The content, for channels that upload; or a public URL, for channels that fetch. */
  bytes?: Buffer;
  url?: string;
  caption?: string;
}

export interface OutgoingMessage {
  text: string;
  /** Rows of buttons. A channel without buttons shows them as a numbered list. */
  buttons?: Button[][];
  files?: OutgoingFile[];
}

export type SendResult =
  | { kind: "sent"; messageIds: string[] }
  /**
   * Try again later: a 429 (with the wait it asked for), a 5xx, a network error — or `paced`: the
   * shared rate limit asked to wait longer than is worth holding the sender for.
   */
  | { kind: "retry"; afterMs?: number; error: string; paced?: boolean }
  /** Will not work for this chat: blocked, deactivated, not found, unauthorised. */
  | { kind: "permanent"; reason: string }
  /** The group became a supergroup: resend to the new id. */
  | { kind: "migrated"; newChatId: string }
  /** The platform refuses this message (not the chat): give it up, keep the chat. */
  | { kind: "rejected"; reason: string };

/** How one send goes on from an earlier attempt, and keeps to the shared rate limits. */
export interface SendOptions {
  /** Pieces (text parts, then files) an earlier attempt delivered: not sent again. */
  skip?: number;
  /** After each piece is delivered (or a file refused for good), with the platform's message id. */
  onPiece?(messageId: string | undefined, last: boolean): Promise<void>;
  /** Before each API call that sends: waits for the shared limits, or throws RateLimited. */
  pace?(): Promise<void>;
}

/** The shared rate limit asks for a wait too long to hold the sender: the message is rescheduled. */
export class RateLimited extends Error {
  constructor(readonly waitMs: number) {
    super(`rate limited for ${waitMs} ms`);
  }
}

/** What a send that threw means, when the throw was the pacing's and not the platform's. */
export function pacedResult(error: unknown): SendResult | undefined {
  return error instanceof RateLimited
    ? { kind: "retry", afterMs: error.waitMs, error: "waiting for the rate limit", paced: true }
    : undefined;
}

export interface InboundMessage {
  channel: ChannelName;
  /** Unique per delivery of the same update: duplicates are dropped on it. */
  updateKey: string;
  chatId: string;
  chatType: "private" | "group";
  chatTitle?: string;
  senderId: string;
  senderName?: string;
  /** Sent on behalf of a chat (Telegram sender_chat, anonymous admins): never acts as a person. */
  onBehalfOfChat: boolean;
  text?: string;
  /** The bot's message this one replies to. */
  replyToMessageId?: string;
  /**
   * A group became a supergroup (Telegram's service message, in the old group or the new one):
   * what was known by `from` is known by `to` from now on.
   */
  migration?: { from: string; to: string };
  /** A button press: its data, and how to acknowledge it. */
  button?: { data: string; ack(text?: string): Promise<void> };
  /** Content without text (sticker, photo, voice, a protected-group placeholder). */
  contentKind: "text" | "button" | "media" | "unsupported";
  /** The platform's language hint, if any (Telegram language_code). */
  languageHint?: string;
  at: Date;
}

export type InboundHandler = (message: InboundMessage) => Promise<void>;

/** Where a channel stands: what /health reports, and whether the sender uses it. */
export interface ChannelState {
  /** connecting: the platform not reached yet (retrying); up: it can send; down: stopped for good. */
  status: "connecting" | "up" | "down";
  /** How updates come in: this process polls, another process polls (standby), or a webhook. */
  receiving?: "polling" | "standby" | "webhook";
  /** Why it is connecting, standing by or down. */
  reason?: string;
}

export interface ChannelAdapter {
  readonly name: ChannelName;
  /** Longest text one message can carry; longer texts are split on line boundaries. */
  readonly maxTextLength: number;
  readonly supportsButtons: boolean;
  /** How photos and documents travel: uploaded, given as a public URL (photos only), or not at all. */
  readonly files: "upload" | "url" | "none";
  send(chatId: string, message: OutgoingMessage, options?: SendOptions): Promise<SendResult>;
  /**
   * Starts connecting in the background and returns at once: one platform that cannot be reached
   * never holds up the others, the sender or the HTTP server. Updates reach `onMessage` only.
   */
  start(onMessage: InboundHandler): Promise<void>;
  state(): ChannelState;
  /** Resolves once the channel first reached its platform, or stopped for good. */
  connected(): Promise<void>;
  /** Whether a chat id is a group's, where the platform can tell from the id alone (Telegram). */
  isGroupChat?(chatId: string): boolean;
  stop(): Promise<void>;
}

/** A message's pieces in order (text parts, then files); each sends one and returns its id. */
export type Piece = () => Promise<string | undefined>;

/**
 * Sends the pieces an earlier attempt did not, each after the pacing allows it, reporting each
 * as it goes: what every platform does with a message of several parts.
 */
export async function sendInPieces(pieces: Piece[], o: SendOptions): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, piece] of pieces.entries()) {
    if (i < (o.skip ?? 0)) continue;
    await o.pace?.();
    const id = await piece();
    if (id) ids.push(id);
    await o.onPiece?.(id, i === pieces.length - 1);
  }
  return ids;
}

/** Splits text on line boundaries (then on spaces, then hard) so no part exceeds `max`. */
export function splitText(text: string, max: number): string[] {
  if (text.length <= max) return [text];
  const parts: string[] = [];
  let current = "";
  const push = () => {
    if (current) parts.push(current);
    current = "";
  };
  for (const line of text.split("\n")) {
    const candidate = current ? `${current}\n${line}` : line;
    if (candidate.length <= max) {
      current = candidate;
      continue;
    }
    push();
    let rest = line;
    while (rest.length > max) {
      const cut = rest.lastIndexOf(" ", max);
      const at = cut > max / 2 ? cut : max;
      parts.push(rest.slice(0, at));
      rest = rest.slice(at).replace(/^ /, "");
    }
    current = rest;
  }
  push();
  return parts;
}
