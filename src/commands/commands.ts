import { onGenerateReviews } from "./generate-reviews";

// Ribbon commands run in the shared runtime (taskpane.html), next to the pane and the functions.
// The action is associated synchronously as the script loads — not after Office.onReady or a
// dynamic import — so a ribbon click on a cold runtime finds it (office.js is loaded before the
// bundles, so Office.actions exists here).
if (typeof Office !== "undefined" && Office.actions) {
  Office.actions.associate("generateReviews", onGenerateReviews);
}
