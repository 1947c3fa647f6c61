import { createRoot } from "react-dom/client";
import { onRibbonFailure, setGenerateReviewsAction } from "../commands/generate-reviews";
import { loadCatalogue } from "../register/messages/load";
import type { Lang } from "../register/types";
import { toActionError, type ActionError, type RegisterActions } from "./actions";
import { App } from "./App";
import { initialLang, messagesFor } from "./i18n";
import { storedLang as stored, rememberLang as remember } from "./lang-store";
import { generateAllReviews } from "./ribbon-reviews";
import { officeThemeIsDark, onSystemThemeChange, systemPrefersDark } from "./theme";

const SAMPLE_URL = "samples/messy-clients.xlsx";

/** Office.js outside Office resolves onReady with host null; no Office at all also means preview. */
async function hostIsExcel(): Promise<boolean> {
  if (typeof Office === "undefined") return false;
  const info = await Office.onReady();
  return info.host === Office.HostType.Excel;
}

/**
 * Starts the pane: picks the adapter (Excel or in-browser preview, each loaded on demand so the
 * first load stays small), the language and the theme, and gives the ribbon its review job.
 */
async function bootstrap(): Promise<void> {
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container element");
  const inExcel = await hostIsExcel();

  let actions: RegisterActions;
  if (inExcel) {
    const { createExcelActions } = await import(
      /* webpackChunkName: "excel-host" */ "./host/excel-actions"
    );
    actions = createExcelActions();
  } else {
    const { createPreviewActions } = await import(
      /* webpackChunkName: "preview-host" */ "./host/preview-actions"
    );
    actions = createPreviewActions({ sampleUrl: SAMPLE_URL });
  }

  let lang = initialLang({
    stored: stored(),
    office: inExcel ? Office.context.displayLanguage : null,
    browser: typeof navigator !== "undefined" ? navigator.language : null,
  });
  await loadCatalogue(lang);
  const officeDark = inExcel ? officeThemeIsDark(Office.context.officeTheme) : null;

  if (inExcel) {
    setGenerateReviewsAction(async () => {
      await generateAllReviews(actions, lang);
    });
  }

  const onLangChange = (next: Lang) => {
    if (next !== lang) remember(next);
    lang = next;
  };
  const root = createRoot(container);
  let dark = officeDark ?? systemPrefersDark();
  let ribbonError: ActionError | null = null;
  const render = () =>
    root.render(
      <App
        actions={actions}
        lang={lang}
        dark={dark}
        onLangChange={onLangChange}
        notice={ribbonError}
      />
    );
  render();
  // Office gives its theme at start; without Office, follow the system as it changes.
  if (officeDark === null)
    onSystemThemeChange((next) => {
      dark = next;
      render();
    });
  // A failed "Generate reviews" on the ribbon is shown here (the command opens the pane).
  if (inExcel)
    onRibbonFailure((error) => {
      ribbonError = toActionError(error);
      render();
    });
}

/** If the pane cannot start (a chunk failed to load), say so in the user's language instead of a blank pane. */
function showStartFailure(error: unknown): void {
  const container = document.getElementById("container");
  const lang = initialLang({
    stored: stored(),
    browser: typeof navigator !== "undefined" ? navigator.language : null,
  });
  const m = messagesFor(lang);
  if (container) {
    container.setAttribute("role", "alert");
    container.textContent = `${m.errors.title}. ${m.errors.unknown} (${error instanceof Error ? error.message : String(error)})`;
  }
}

bootstrap().catch(showStartFailure);
