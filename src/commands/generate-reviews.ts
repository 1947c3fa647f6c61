/**
 * The ribbon's "Generate reviews" button. It must work on a cold runtime, when the ribbon is
 * pressed before the task pane has ever started: the action is associated synchronously when the
 * page loads (commands.ts), and the job it runs is self-contained (it loads the Excel adapter
 * itself). Failures are shown to the user in the task pane, not only logged.
 */
export type GenerateReviewsAction = () => Promise<void>;

let generateReviewsAction: GenerateReviewsAction | null = null;

/** Lets the pane supply the job (in its current language); `null` goes back to the default. */
export function setGenerateReviewsAction(action: GenerateReviewsAction | null): void {
  generateReviewsAction = action;
}

/** The job when the pane has not supplied one: the Excel adapter and the language, loaded here. */
async function defaultJob(): Promise<void> {
  const { generateReviewsFromRibbon } = await import(
    /* webpackChunkName: "ribbon-reviews" */ "../taskpane/ribbon-reviews"
  );
  await generateReviewsFromRibbon();
}

/** Runs the pane's job, or on a cold runtime the default one. */
export async function runGenerateReviews(
  fallback: GenerateReviewsAction = defaultJob
): Promise<void> {
  await (generateReviewsAction ?? fallback)();
}

// ---- failures, for the pane to show

type FailureListener = (error: unknown) => void;
const listeners = new Set<FailureListener>();
let unseen: unknown[] = [];

/**
 * Subscribes the pane to ribbon failures; failures that happened before it subscribed (the pane
 * was still loading) are delivered at once. Returns the unsubscribe function.
 */
export function onRibbonFailure(listener: FailureListener): () => void {
  listeners.add(listener);
  const pending = unseen;
  unseen = [];
  for (const error of pending) listener(error);
  return () => listeners.delete(listener);
}

/** Tells the user: the pane shows the failure (opened if it was closed), and the log keeps it. */
export async function reportRibbonFailure(
  error: unknown,
  showTaskpane: () => Promise<void> = () => Office.addin.showAsTaskpane()
): Promise<void> {
  console.error("Generate reviews failed:", error);
  if (listeners.size === 0) unseen.push(error);
  for (const listener of listeners) listener(error);
  try {
    await showTaskpane();
  } catch (showError) {
    console.error("The task pane could not be shown:", showError);
  }
}

/**
 * The function command bound to `generateReviews` in the manifest. Office waits for
 * `event.completed()` whatever happens, so it is called even when the job fails.
 */
export async function onGenerateReviews(
  event: Pick<Office.AddinCommands.Event, "completed">,
  run: () => Promise<void> = () => runGenerateReviews(),
  report: (error: unknown) => Promise<void> = (error) => reportRibbonFailure(error)
): Promise<void> {
  try {
    await run();
  } catch (error) {
    await report(error);
  } finally {
    event.completed();
  }
}
