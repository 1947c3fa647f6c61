/**
 * The message catalogues with every language in memory: what the CLI, the importer and the
 * workers use. The task pane imports ./render and loads a Chinese catalogue with ./load instead.
 */
import { registerCatalogue } from "./render";
import { zhCN } from "./zh-CN";
import { zhTW } from "./zh-TW";

registerCatalogue("zh-CN", zhCN);
registerCatalogue("zh-TW", zhTW);

export * from "./render";
