// Telling the Office's admins what needs a person: a chat that stopped accepting messages, a
// message given up after its retries. Once per chat and day, so a failure cannot become a storm.
import type { ChatAddress } from "../core/contacts/people.js";
import { localDateOf, wallClock } from "../core/calendar/zone.js";
import { t } from "../i18n/i18n.js";
import type { Db } from "../store/client.js";
import { describeRecipient } from "../store/chat-repo.js";
import type { OutboxRow } from "../store/outbox-repo.js";
import { queueNoticeToAdmins } from "./outbox.js";

export interface Notices {
  onUnreachable(row: OutboxRow, reason: string): Promise<void>;
  /** A whole channel stopped (Zalo refused the token): admins hear on their other channels. */
  onChannelDisabled(channel: string, reason: string): Promise<void>;
  onGaveUp(row: OutboxRow, error: string): Promise<void>;
  /** A channel works but cannot do everything it should (a Zalo bot that cannot join groups). */
  onChannelWarning(channel: string, warning: string): Promise<void>;
}

export function createNotices(db: Db, zone: string, now: () => Date): Notices {
  const notify = (key: string, message: string, args: Record<string, string>, except: (a: ChatAddress) => boolean) =>
    queueNoticeToAdmins(db, key, (lang) => ({ text: t(lang, message, args) }), now(), except);
  const day = () => localDateOf(now(), zone);
  const same = (row: OutboxRow) => (a: ChatAddress) => a.channel === row.channel && a.chatId === row.chatId;
  return {
    async onUnreachable(row, reason) {
      const who = await describeRecipient(db, row);
      await notify(
        `unreachable:${row.channel}:${row.chatId}:${day()}`,
        "bot-notice-unreachable",
        { who, channel: row.channel, reason },
        same(row),
      );
    },
    async onChannelDisabled(channel, reason) {
      await notify(`disabled:${channel}:${day()}`, "bot-notice-channel-disabled", { channel, reason }, (a) => a.channel === channel);
    },
    async onChannelWarning(channel, warning) {
      await notify(
        `warning:${channel}:${warning}:${day()}`,
        `bot-notice-${channel}-${warning}`.replace(/_/g, "-"),
        { channel },
        () => false,
      );
    },
    async onGaveUp(row, error) {
      // Never a notice about a notice: when admins' own chats fail, nothing begets more.
      if (row.kind === "notice") return;
      // At most one notice per channel per hour: the first failure of the hour speaks for the rest.
      const hour = wallClock(now(), zone);
      const who = await describeRecipient(db, row);
      await notify(
        `gave-up:${row.channel}:${hour.date}T${hour.hour}`,
        "bot-notice-gave-up",
        { who, channel: row.channel, error },
        same(row),
      );
    },
  };
}
