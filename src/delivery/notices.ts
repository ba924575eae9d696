// Telling the Office's admins what needs a person: a chat that stopped accepting messages, a
// message given up after its retries. Once per chat and day, so a failure cannot become a storm.
import { localDateOf } from "../core/calendar/zone.js";
import { t } from "../i18n/i18n.js";
import type { Db } from "../store/client.js";
import type { OutboxRow } from "../store/outbox-repo.js";
import { tellAdmins } from "./tell-admins.js";

export function createNotices(db: Db, zone: string, now: () => Date, poke: () => void) {
  async function notify(
    key: string,
    message: string,
    args: Record<string, string>,
    except: (a: { channel: string; chatId: string }) => boolean,
  ): Promise<void> {
    await tellAdmins(db, { key, at: now(), build: (lang) => ({ text: t(lang, message, args) }), except });
    poke();
  }

  async function who(row: OutboxRow): Promise<string> {
    const account = await db.chatAccount.findUnique({
      where: { channel_chatId: { channel: row.channel, chatId: row.chatId } },
      include: { officer: true },
    });
    const officer = row.officerId !== null ? await db.officer.findUnique({ where: { id: row.officerId } }) : account?.officer;
    if (officer) return `${officer.fullName} (${officer.code})`;
    const group = await db.chatGroup.findUnique({ where: { channel_chatId: { channel: row.channel, chatId: row.chatId } } });
    return group?.title ?? row.channel;
  }

  const day = () => localDateOf(now(), zone);
  const same = (row: OutboxRow) => (a: { channel: string; chatId: string }) => a.channel === row.channel && a.chatId === row.chatId;
  return {
    async onUnreachable(row: OutboxRow, reason: string) {
      await notify(
        `unreachable:${row.channel}:${row.chatId}:${day()}`,
        "bot-notice-unreachable",
        { who: await who(row), channel: row.channel, reason },
        same(row),
      );
    },
    /** A whole channel stopped (Zalo refused the token): admins hear on their other channels. */
    async onChannelDisabled(channel: string, reason: string) {
      await notify(`disabled:${channel}:${day()}`, "bot-notice-channel-disabled", { channel, reason }, (a) => a.channel === channel);
    },
    async onGaveUp(row: OutboxRow, error: string) {
      await notify(`gave-up:${row.id}`, "bot-notice-gave-up", { who: await who(row), channel: row.channel, error }, same(row));
    },
  };
}
