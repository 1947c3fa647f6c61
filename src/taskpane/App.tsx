import {
  Badge,
  FluentProvider,
  makeStyles,
  Select,
  Tab,
  TabList,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import * as React from "react";
import type { ActionError, RegisterActions } from "./actions";
import { ErrorNotice } from "./components/ErrorNotice";
import { Home } from "./components/Home";
import { NotifyProvider } from "./components/Notify";
import { PreviewBar } from "./components/PreviewBar";
import { I18nProvider, useI18n } from "./i18n";
import { PAGES, type PageKey } from "./next-action";
import {
  ComplaintsPage,
  ImportWizard,
  PageFrame,
  ReviewsPage,
  SetupPage,
  TiersPage,
  VisitsPage,
} from "./pages";
import { hasCatalogue, loadCatalogue } from "../register/messages/load";
import { LANGS, type Lang } from "../register/types";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    paddingInline: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalS,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  language: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  tabs: { flexWrap: "wrap", rowGap: tokens.spacingVerticalXXS },
  main: { outline: "none" },
});

export interface AppProps {
  actions: RegisterActions;
  lang: Lang;
  dark: boolean;
  onLangChange?: (lang: Lang) => void;
  /** A failure from outside the pane (the ribbon's Generate reviews), shown above the pages. */
  notice?: ActionError | null;
}

export function App(props: AppProps): React.ReactElement {
  const [lang, setLang] = React.useState<Lang>(props.lang);
  const [catalogueReady, setCatalogueReady] = React.useState(() => hasCatalogue(props.lang));
  const { onLangChange } = props;
  React.useEffect(() => {
    if (catalogueReady) return;
    let live = true;
    void loadCatalogue(props.lang).then(() => live && setCatalogueReady(true));
    return () => {
      live = false;
    };
  }, [catalogueReady, props.lang]);
  // The Chinese message catalogues are chunks of their own: switch once the chosen one is loaded;
  // if it cannot be loaded, the pane stays in the language it shows.
  const chooseLang = React.useCallback((next: Lang) => {
    loadCatalogue(next).then(
      () => setLang(next),
      () => undefined
    );
  }, []);
  React.useEffect(() => {
    if (typeof document !== "undefined")
      document.documentElement.lang = lang === "en" ? "en" : lang;
    onLangChange?.(lang);
  }, [lang, onLangChange]);
  return (
    <FluentProvider theme={props.dark ? webDarkTheme : webLightTheme}>
      <I18nProvider lang={lang}>
        <NotifyProvider>
          {catalogueReady && (
            <>
              <ErrorNotice error={props.notice ?? null} />
              <Pane actions={props.actions} lang={lang} onLang={chooseLang} />
            </>
          )}
        </NotifyProvider>
      </I18nProvider>
    </FluentProvider>
  );
}

function Pane(props: {
  actions: RegisterActions;
  lang: Lang;
  onLang: (lang: Lang) => void;
}): React.ReactElement {
  const { actions } = props;
  const { m } = useI18n();
  const s = useStyles();
  const [page, setPage] = React.useState<PageKey>("home");
  const [version, setVersion] = React.useState(0);
  const [fileName, setFileName] = React.useState<string | null>(
    actions.file?.currentFile() ?? null
  );
  const [fileVersion, setFileVersion] = React.useState(0);
  const [dirty, setDirty] = React.useState(false);
  const main = React.useRef<HTMLElement>(null);

  const hasWorkbook = actions.mode === "excel" || fileName !== null;
  const onChanged = React.useCallback(() => {
    setVersion((v) => v + 1);
    if (actions.mode === "preview") setDirty(true);
  }, [actions.mode]);

  const go = (next: PageKey) => {
    setPage(next);
    main.current?.focus();
  };

  const onOpened = (name: string) => {
    setFileName(name);
    setFileVersion((v) => v + 1);
    setVersion((v) => v + 1);
    setDirty(false);
  };

  const pageProps = { actions, version, onChanged };
  const content = !hasWorkbook && page !== "home" ? null : renderPage(page);

  function renderPage(key: PageKey): React.ReactElement {
    switch (key) {
      case "home":
        return (
          <Home
            actions={actions}
            version={version}
            hasWorkbook={hasWorkbook}
            onGo={go}
            onOpenSample={
              actions.file
                ? () =>
                    void actions.file
                      ?.openSample()
                      .then(() => onOpened(actions.file?.currentFile() ?? ""))
                : undefined
            }
          />
        );
      case "setup":
        return <SetupPage actions={actions} onChanged={onChanged} />;
      case "import":
        return <ImportWizard key={fileVersion} actions={actions} onChanged={onChanged} />;
      case "tiers":
        return <TiersPage {...pageProps} />;
      case "complaints":
        return <ComplaintsPage {...pageProps} />;
      case "visits":
        return <VisitsPage {...pageProps} />;
      case "reviews":
        return <ReviewsPage {...pageProps} />;
    }
  }

  return (
    <div className={s.root}>
      <header className={s.header}>
        <h1 className={s.title}>
          {m.app.title}
          <Badge
            appearance="tint"
            size="small"
            color={actions.mode === "excel" ? "brand" : "informative"}
          >
            {actions.mode === "excel" ? m.app.modeExcel : m.app.modePreview}
          </Badge>
        </h1>
        <label className={s.language}>
          <span>{m.app.language}</span>
          <Select
            size="small"
            value={props.lang}
            onChange={(_, data) => props.onLang(data.value as Lang)}
          >
            {LANGS.map((l) => (
              <option key={l} value={l}>
                {m.languages[l]}
              </option>
            ))}
          </Select>
        </label>
      </header>
      {actions.file ? (
        <PreviewBar
          file={actions.file}
          fileName={fileName}
          dirty={dirty}
          onOpened={onOpened}
          onSaved={() => setDirty(false)}
        />
      ) : null}
      <nav aria-label={m.app.navigation}>
        <TabList
          className={s.tabs}
          size="small"
          selectedValue={page}
          onTabSelect={(_, data) => setPage(data.value as PageKey)}
        >
          {PAGES.map((key) => (
            <Tab key={key} value={key} disabled={!hasWorkbook && key !== "home"}>
              {m.tabs[key]}
            </Tab>
          ))}
        </TabList>
      </nav>
      <main ref={main} tabIndex={-1} className={s.main} aria-label={m.tabs[page]}>
        {content && <PageFrame key={page}>{content}</PageFrame>}
      </main>
    </div>
  );
}
