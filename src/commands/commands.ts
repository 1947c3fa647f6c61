import { onGenerateReviews } from "./generate-reviews";

// Ribbon commands run in the shared runtime (taskpane.html), next to the pane and the functions.
Office.onReady(() => {
  Office.actions.associate("generateReviews", onGenerateReviews);
});
