import { Button, Card, mergeClasses, Spinner, Text } from "@fluentui/react-components";
import * as React from "react";
import type { RegisterActions, RegisterStatus } from "../actions";
import { useI18n } from "../i18n";
import { nextAction, type PageKey } from "../next-action";
import { joinList } from "../../register/messages/render";
import { sheetDef } from "../../register/sheets";
import { ErrorNotice } from "./ErrorNotice";
import { usePageStyles } from "./layout";
import { useTask } from "./useTask";

export interface HomeProps {
  actions: RegisterActions;
  /** Bumped whenever the workbook changed, so the status is read again. */
  version: number;
  hasWorkbook: boolean;
  onGo: (page: PageKey) => void;
  onOpenSample?: () => void;
}

export function Home(props: HomeProps): React.ReactElement {
  const { actions, version, hasWorkbook, onGo } = props;
  const { m, t, lang, date, number } = useI18n();
  const s = usePageStyles();
  const [status, setStatus] = React.useState<RegisterStatus | null>(null);
  const load = useTask(() => actions.status());
  const { run } = load;

  React.useEffect(() => {
    if (!hasWorkbook) return;
    void run().then((next) => next && setStatus(next));
  }, [run, version, hasWorkbook]);

  const next = nextAction(status, hasWorkbook);
  const total = (status?.sheetsPresent.length ?? 0) + (status?.sheetsMissing.length ?? 0);
  const stats: Array<[string, string, boolean?]> = status
    ? [
        [m.home.sheets, t(m.home.sheetsValue, { present: status.sheetsPresent.length, total })],
        [m.home.clients, number(status.clients)],
        [m.home.openComplaints, number(status.openComplaints)],
        [m.home.overdueComplaints, number(status.overdueComplaints)],
        [m.home.birthdays, number(status.birthdaysThisMonth)],
        [m.home.lastImport, status.lastImport ? date(status.lastImport) : m.home.never, true],
      ]
    : [];

  return (
    <section className={s.page} aria-labelledby="home-title">
      <h2 id="home-title" className={s.heading}>
        {m.home.title}
      </h2>
      <ErrorNotice error={load.error} />
      {load.pending && !status ? <Spinner size="small" label={m.app.loading} /> : null}
      {status ? (
        <>
          <dl className={s.stats}>
            {stats.map(([label, value, isText]) => (
              <div key={label} className={s.stat}>
                <dt className={s.statLabel}>{label}</dt>
                <dd className={isText ? mergeClasses(s.statValue, s.statText) : s.statValue}>
                  {value}
                </dd>
              </div>
            ))}
          </dl>
          {status.sheetsMissing.length > 0 && status.sheetsPresent.length > 0 ? (
            <Text size={200}>
              {t(m.home.missing, {
                list: joinList(
                  status.sheetsMissing.map((k) => sheetDef(k).label[lang]),
                  lang
                ),
              })}
            </Text>
          ) : null}
        </>
      ) : null}
      <Card appearance="filled-alternative" aria-labelledby="next-title">
        <h3 id="next-title" className={s.heading}>
          {m.home.nextTitle}
        </h3>
        <NextStep next={next} onGo={onGo} onOpenSample={props.onOpenSample} />
      </Card>
      {hasWorkbook ? (
        <div className={s.actions}>
          <Button
            appearance="subtle"
            onClick={() => void run().then((n) => n && setStatus(n))}
            disabled={load.pending}
          >
            {m.common.refresh}
          </Button>
        </div>
      ) : null}
    </section>
  );
}

function NextStep(props: {
  next: ReturnType<typeof nextAction>;
  onGo: (page: PageKey) => void;
  onOpenSample?: () => void;
}): React.ReactElement {
  const { m, t } = useI18n();
  const s = usePageStyles();
  const { next, onGo } = props;
  const button = (label: string, onClick: () => void) => (
    <div className={s.actions}>
      <Button appearance="primary" onClick={onClick}>
        {label}
      </Button>
    </div>
  );
  switch (next.kind) {
    case "open-file":
      return (
        <>
          <Text>{m.home.nextOpenFile}</Text>
          {props.onOpenSample ? button(m.preview.openSample, props.onOpenSample) : null}
        </>
      );
    case "setup":
      return (
        <>
          <Text>{m.home.nextSetup}</Text>
          {button(m.home.goSetup, () => onGo(next.page))}
        </>
      );
    case "import":
      return (
        <>
          <Text>{m.home.nextImport}</Text>
          {button(m.home.goImport, () => onGo(next.page))}
        </>
      );
    case "overdue":
      return (
        <>
          <Text>{t(m.home.nextOverdue, { count: next.count })}</Text>
          {button(m.home.goComplaints, () => onGo(next.page))}
        </>
      );
    case "reviews":
      return (
        <>
          <Text>{m.home.nextReviews}</Text>
          {button(m.home.goReviews, () => onGo(next.page))}
        </>
      );
  }
}
