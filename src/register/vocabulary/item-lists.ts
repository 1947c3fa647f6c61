/**
 * Words of a list of things — stock, a catalogue, a stocktake — rather than of parties: what a
 * thing's own code is called (ISBN, EAN), where it is kept, when it came into stock and how long
 * it has lain there, whether it is used up. Written once, in Simplified or in English (lower case);
 * matching folds 繁 to 简. Latin words stand alone, Han words are found anywhere in a header.
 */
export const ITEM_LIST_WORDS = {
  /** In a column's header: the rows are items kept, counted or sold, each with its own code. */
  header: [
    "isbn",
    "ean",
    "upc",
    "gtin",
    "盘点",
    "入库",
    "出库",
    "库龄",
    "库位",
    "仓库",
    "货架",
    "耗材",
    "warehouse",
    "stocktake",
  ],
  /**
   * Units a count of things is written with (2本, 1套, 3 pcs): books, sets, boxes, pieces. People
   * and firms are not counted so, whatever else the rows say.
   */
  countUnit: [
    "本",
    "套",
    "箱",
    "个",
    "组",
    "片",
    "盒",
    "件",
    "瓶",
    "包",
    "支",
    "台",
    "张",
    "枚",
    "条",
    "册",
    "卷",
    "pc",
    "pcs",
    "piece",
    "pieces",
    "box",
    "boxes",
    "set",
    "sets",
    "unit",
    "units",
  ],
} as const;

/** File-name endings of pictures (a product's photo kept beside its row: horry01.jpg). */
export const PICTURE_FILE_ENDINGS = ["jpg", "jpeg", "png", "gif", "webp", "bmp"] as const;
