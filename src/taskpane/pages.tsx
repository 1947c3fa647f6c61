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

export const SetupPage = React.lazy(() =>
  import(/* webpackChunkName: "page-setup" */ "./components/SetupPage").then((m) => ({
    default: m.SetupPage,
  }))
);
export const ImportWizard = React.lazy(() =>
  import(/* webpackChunkName: "page-import" */ "./components/ImportWizard").then((m) => ({
    default: m.ImportWizard,
  }))
);
export const TiersPage = React.lazy(() =>
  import(/* webpackChunkName: "page-tiers" */ "./components/TiersPage").then((m) => ({
    default: m.TiersPage,
  }))
);
export const ComplaintsPage = React.lazy(() =>
  import(/* webpackChunkName: "page-complaints" */ "./components/ComplaintsPage").then((m) => ({
    default: m.ComplaintsPage,
  }))
);
export const VisitsPage = React.lazy(() =>
  import(/* webpackChunkName: "page-visits" */ "./components/VisitForm").then((m) => ({
    default: m.VisitsPage,
  }))
);
export const ReviewsPage = React.lazy(() =>
  import(/* webpackChunkName: "page-reviews" */ "./components/ReviewsPage").then((m) => ({
    default: m.ReviewsPage,
  }))
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
