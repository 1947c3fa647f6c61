/** What the command line prints, from the message catalogue in the register's language. */
import { renderMessage, type MessageCode, type MessageParams } from "../register/messages";
import type { Lang } from "../register/types";

export function cliText(code: MessageCode, lang: Lang, params: MessageParams = {}): string {
  return renderMessage(code, params, lang) ?? code;
}
