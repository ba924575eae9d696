// The command menu Telegram shows, in Vietnamese (default) and English.
import { t } from "../../i18n/i18n.js";

const MENU = ["nhiemvu", "trogiup", "ngonngu", "baocao", "nhanbaocao", "kenh", "choxacnhan", "giahan", "nhacviec", "dangky"] as const;

function menu(lang: "vi" | "en") {
  return MENU.map((command) => ({ command, description: t(lang, `bot-menu-${command}`) }));
}

export const BOT_COMMANDS = { vi: menu("vi"), en: menu("en") };
