import type { Lang } from "../register/types";
import type { RegisterActions } from "./actions";

/**
 * What the ribbon's "Generate reviews" does: the book review and one review per client of the
 * register, unmasked, in the pane's language. Client reviews always come with a fresh book
 * review (both replace the earlier generated sheets); with no clients yet, only the book review.
 * Returns the client review sheets written.
 */
export async function generateAllReviews(
  actions: Pick<RegisterActions, "listClients" | "generateBookReview" | "generateClientReviews">,
  lang: Lang
): Promise<string[]> {
  const request = { lang, mask: false };
  const clients = await actions.listClients();
  if (clients.length === 0) {
    await actions.generateBookReview(request);
    return [];
  }
  const { sheets } = await actions.generateClientReviews(
    clients.map((client) => client.clientId),
    request
  );
  return sheets;
}

/**
 * The ribbon job on a cold runtime, when the pane has not started: the Excel adapter and the
 * language (remembered choice, then Office's display language) are loaded here.
 */
export async function generateReviewsFromRibbon(): Promise<string[]> {
  const [{ createExcelActions }, { initialLang }, { storedLang }] = await Promise.all([
    import(/* webpackChunkName: "excel-host" */ "./host/excel-actions"),
    import("./i18n"),
    import("./lang-store"),
  ]);
  const lang = initialLang({
    stored: storedLang(),
    office: Office.context.displayLanguage,
    browser: typeof navigator !== "undefined" ? navigator.language : null,
  });
  return generateAllReviews(createExcelActions(), lang);
}
