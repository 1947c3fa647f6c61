/**
 * The pages behind the tabs, each loaded the first time it is opened. The pane opens on Home, so
 * its first load carries neither the import wizard (mapping grid, dialogs, comboboxes) nor the
 * forms; a tab fetches its page from the add-in's own server, as the Chinese catalogues are.
 */
import { Spinner } from "@fluentui/react-components";
import * as React from "react";
import { toActionError, type ActionError } from "./actions";
import { ErrorNotice } from "./components/ErrorNotice";
import { useI18n } from "./i18n";

/**
 * A page component from its chunk. webpack needs each `import()` written out with its chunk name,
 * so the caller passes the loader and says which export is the page.
 */
function lazyPage<M, P>(
  load: () => Promise<M>,
  pick: (module: M) => React.ComponentType<P>
): React.LazyExoticComponent<React.ComponentType<P>> {
  return React.lazy(() => load().then((m) => ({ default: pick(m) })));
}

export const SetupPage = lazyPage(
  () => import(/* webpackChunkName: "page-setup" */ "./components/SetupPage"),
  (m) => m.SetupPage
);
export const ImportWizard = lazyPage(
  () => import(/* webpackChunkName: "page-import" */ "./components/ImportWizard"),
  (m) => m.ImportWizard
);
export const TiersPage = lazyPage(
  () => import(/* webpackChunkName: "page-tiers" */ "./components/TiersPage"),
  (m) => m.TiersPage
);
export const ComplaintsPage = lazyPage(
  () => import(/* webpackChunkName: "page-complaints" */ "./components/ComplaintsPage"),
  (m) => m.ComplaintsPage
);
export const VisitsPage = lazyPage(
  () => import(/* webpackChunkName: "page-visits" */ "./components/VisitForm"),
  (m) => m.VisitsPage
);
export const ReviewsPage = lazyPage(
  () => import(/* webpackChunkName: "page-reviews" */ "./components/ReviewsPage"),
  (m) => m.ReviewsPage
);

function Loading(): React.ReactElement {
  const { m } = useI18n();
  return (
    <div aria-busy="true">
      <Spinner size="small" label={m.app.loading} />
    </div>
  );
}

interface BoundaryState {
  error: ActionError | null;
}

/**
 * A page that cannot be loaded (the add-in's server went away) or fails while drawing is shown as
 * a failure notice in the user's language; the tabs and the other pages stay usable.
 */
class PageBoundary extends React.Component<{ children: React.ReactNode }, BoundaryState> {
  state: BoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error: toActionError(error) };
  }

  render(): React.ReactNode {
    return this.state.error ? <ErrorNotice error={this.state.error} /> : this.props.children;
  }
}

/** Shows a page: a spinner while its code loads, a notice if it cannot. Keyed by page by App. */
export function PageFrame(props: { children: React.ReactNode }): React.ReactElement {
  return (
    <PageBoundary>
      <React.Suspense fallback={<Loading />}>{props.children}</React.Suspense>
    </PageBoundary>
  );
}
