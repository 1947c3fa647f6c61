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
