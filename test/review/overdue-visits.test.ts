/** A planned visit before the review date is overdue, on the client's review and in the book's list. */
import { buildBookReviewSheet } from "../../src/review/book-sheet";
import { buildClientReviewSheet } from "../../src/review/client-sheet";
import { DEFAULT_SETTINGS } from "../../src/register/settings";

const records = {
  Clients: [{ clientId: "C-0001", name: "林美華", kind: "person" }],
  Visits: [
    { visitOn: "2024-01-10", clientId: "C-0001", method: "visit", nextVisitOn: "2024-02-15" },
  ],
};
const settings = { ...DEFAULT_SETTINGS, lang: "zh-TW" as const };
/** The sheet's text as one string (steps are numbered and may wrap over rows). */
const texts = (grid: unknown[][] | undefined) =>
  (grid ?? [])
    .flat()
    .filter((v) => v !== null)
    .map(String)
    .join("");

test("a 2026 review shows the visit planned for 2024-02-15 as overdue, not ahead", () => {
  const client = buildClientReviewSheet("C-0001", records, settings, "2026-03-15", "zh-TW");
  expect(texts(client.grid)).toContain("計劃於 2024-02-15 的拜訪已逾期：請拜訪或重新安排。");
  expect(texts(client.grid)).not.toContain("計劃於 2024-02-15 拜訪。");
  const book = buildBookReviewSheet(records, settings, "2026-03-15", "zh-TW");
  expect(texts(book.grid)).toContain("2024-02-15 (已逾期)");
});

test("a visit planned after the review date stays ahead", () => {
  const client = buildClientReviewSheet("C-0001", records, settings, "2024-02-01", "zh-TW");
  expect(texts(client.grid)).toContain("計劃於 2024-02-15 拜訪。");
});
