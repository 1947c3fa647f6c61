/**
 * The ribbon's "Generate reviews" button. The job itself lives with the task pane, which
 * registers it here at start-up; both run in the one shared runtime, so they share this module.
 */
export type GenerateReviewsAction = () => Promise<void>;

let generateReviewsAction: GenerateReviewsAction | null = null;

/** Registers the job the button runs; `null` unregisters it. */
export function setGenerateReviewsAction(action: GenerateReviewsAction | null): void {
  generateReviewsAction = action;
}

/** Runs the registered job; with none registered, opens the task pane so the user lands there. */
export async function runGenerateReviews(
  showTaskpane: () => Promise<void> = () => Office.addin.showAsTaskpane()
): Promise<void> {
  if (generateReviewsAction) {
    await generateReviewsAction();
  } else {
    await showTaskpane();
  }
}

/**
 * The function command bound to `generateReviews` in the manifest. Office waits for
 * `event.completed()` whatever happens, so it is called even when the job fails.
 */
export async function onGenerateReviews(
  event: Pick<Office.AddinCommands.Event, "completed">,
  run: () => Promise<void> = () => runGenerateReviews()
): Promise<void> {
  try {
    await run();
  } catch (error) {
    console.error("Generate reviews failed:", error);
  } finally {
    event.completed();
  }
}
