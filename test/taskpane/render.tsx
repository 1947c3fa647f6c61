import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, type RenderResult } from "@testing-library/react";
import * as React from "react";
import "../support/pane-testing";
import { NotifyProvider } from "../../src/taskpane/components/Notify";
import { I18nProvider } from "../../src/taskpane/i18n";
import type { Lang } from "../../src/register/types";

/** Renders a pane component the way App does: theme, language and toasts around it. */
export function renderPane(ui: React.ReactElement, lang: Lang = "en"): RenderResult {
  return render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider lang={lang}>
        <NotifyProvider>{ui}</NotifyProvider>
      </I18nProvider>
    </FluentProvider>
  );
}
