// Telling every admin something, on each chat they have, in their own language: a notice
// (an unreachable chat, a channel down) or a question (an extension request to decide).
import type { Button } from "../channels/channel.js";
import { type Language, isLanguage } from "../i18n/i18n.js";
import type { Db } from "../store/client.js";
import { adminsWithChats } from "../store/chat-repo.js";
import { enqueue } from "../store/outbox-repo.js";

export interface AdminMessage {
  /** The identity of the message; each admin chat gets `${key}:admin:${accountId}`, so once. */
  key: string;
  at: Date;
  build(lang: Language): { text: string; buttons?: Button[][] };
  /** Chats to leave out (never report a broken chat through that chat). */
  except?: (account: { channel: string; chatId: string }) => boolean;
}

export async function tellAdmins(db: Db, m: AdminMessage): Promise<void> {
  for (const admin of await adminsWithChats(db)) {
    const lang: Language = isLanguage(admin.language) ? admin.language : "vi";
    for (const account of admin.chatAccounts) {
      if (m.except?.(account)) continue;
      await enqueue(db, {
        dedupeKey: `${m.key}:admin:${account.id}`,
        kind: "notice",
        channel: account.channel,
        chatId: account.chatId,
        officerId: admin.id,
        payload: { type: "message", message: m.build(lang) },
        at: m.at,
      });
    }
  }
}
