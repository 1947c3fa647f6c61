/**
 * A vocabulary table: for each key (a field key, an enum value key or a sheet key) the words
 * people write for it besides the key and the register's own labels. Write each word once, in
 * Simplified or Traditional: `foldScript` folds both the tables and the input to one script.
 */
export type WordTable = Readonly<Record<string, readonly string[]>>;
