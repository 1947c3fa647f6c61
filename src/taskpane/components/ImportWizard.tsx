import {
  Button,
  Checkbox,
  Dropdown,
  Field,
  Link,
  Option,
  ProgressBar,
  Spinner,
  Text,
} from "@fluentui/react-components";
import * as React from "react";
import type {
  ImportOutcome,
  ImportPreview,
  ImportRequest,
  KindOverride,
  MappingOverride,
  MappingRequest,
  RegisterActions,
  SheetMapping,
  SheetView,
  SourceSheetInfo,
} from "../actions";
import { useI18n } from "../i18n";
import { renderMessage } from "../../register/messages/render";
import { SHEETS, sheetDef } from "../../register/sheets";
import type { SheetKey } from "../../register/types";
import { ErrorNotice } from "./ErrorNotice";
import { IssueList } from "./IssueList";
import { usePageStyles } from "./layout";
import { MappingGrid } from "./MappingGrid";
import { downloadFile, readFileText } from "./download";
import type { choicesFromMappingFile } from "../mapping-file";
import { useNotify } from "./Notify";
import { SheetDialog } from "./SheetDialog";
import { useTask } from "./useTask";

type Step = "choose" | "map" | "preview" | "run" | "result";
const STEPS: readonly Step[] = ["choose", "map", "preview", "run", "result"];

const overrideKey = (sheet: string, header: string) => `${sheet}\u0000${header}`;

/**
 * The mapping file's reader and writer pull in the importer's header vocabulary and its messages
 * in three languages; they are needed only when a person exports or imports a mapping, so they
 * load then and stay out of the pane's first load.
 */
const loadMappingFile = () => import(/* webpackChunkName: "mapping-file" */ "../mapping-file");

export interface ImportWizardProps {
  actions: RegisterActions;
  onChanged: () => void;
}

export function ImportWizard(props: ImportWizardProps): React.ReactElement {
  const { actions, onChanged } = props;
  const { m, t, lang } = useI18n();
  const s = usePageStyles();
  const notify = useNotify();

  const [step, setStep] = React.useState<Step>("choose");
  const [sources, setSources] = React.useState<SourceSheetInfo[] | null>(null);
  const [chosen, setChosen] = React.useState<string[]>([]);
  const [mappings, setMappings] = React.useState<SheetMapping[]>([]);
  const [overrides, setOverrides] = React.useState<ReadonlyMap<string, string | null>>(new Map());
  const [kinds, setKinds] = React.useState<ReadonlyMap<string, SheetKey>>(new Map());
  const [preview, setPreview] = React.useState<ImportPreview | null>(null);
  const [progress, setProgress] = React.useState(0);
  const [outcome, setOutcome] = React.useState<ImportOutcome | null>(null);
  const [sheetView, setSheetView] = React.useState<SheetView | null>(null);
  const [chooseError, setChooseError] = React.useState(false);
  const [fileMessage, setFileMessage] = React.useState<{ text: string; error: boolean } | null>(
    null
  );
  const fileInput = React.useRef<HTMLInputElement>(null);

  const list = useTask(() => actions.listSourceSheets());
  const map = useTask((mappingRequest: MappingRequest) => actions.previewMapping(mappingRequest));
  const check = useTask((request: ImportRequest) => actions.previewImport(request));
  const run = useTask((request: ImportRequest) => actions.runImport(request, setProgress));
  const show = useTask((name: string) => actions.showSheet(name));

  const loadSources = list.run;
  React.useEffect(() => {
    void loadSources().then((found) => {
      if (!found) return;
      setSources(found);
      setChosen(found.filter((f) => f.kind !== null).map((f) => f.name));
    });
  }, [loadSources]);

  const request = (): ImportRequest => {
    const list: MappingOverride[] = [];
    for (const [key, field] of overrides) {
      const [sheet, header] = key.split("\u0000");
      list.push({ sheet, header, field });
    }
    return { ...mappingRequest(kinds), overrides: list, lang };
  };

  const mappingRequest = (kindMap: ReadonlyMap<string, SheetKey>): MappingRequest => ({
    sheets: chosen,
    kinds: [...kindMap].map(([sheet, kind]): KindOverride => ({ sheet, kind })),
  });

  const toMapping = async () => {
    if (chosen.length === 0) {
      setChooseError(true);
      return;
    }
    const found = await map.run(mappingRequest(kinds));
    if (!found) return;
    setMappings(found);
    setStep("map");
  };

  const changeKind = async (sheet: string, kind: SheetKey) => {
    const nextKinds = new Map(kinds).set(sheet, kind);
    const found = await map.run(mappingRequest(nextKinds));
    if (!found) return;
    setKinds(nextKinds);
    setOverrides(
      (prev) => new Map([...prev].filter(([key]) => !key.startsWith(overrideKey(sheet, ""))))
    );
    setMappings(found);
  };

  const toPreview = async () => {
    const found = await check.run(request());
    if (!found) return;
    setPreview(found);
    setStep("preview");
  };

  const toImport = async () => {
    setProgress(0);
    setStep("run");
    const done = await run.run(request());
    if (!done) {
      setStep("preview");
      return;
    }
    setOutcome(done);
    setStep("result");
    onChanged();
    notify(
      "success",
      m.import.resultTitle,
      t(m.import.done, {
        imported: done.counts.imported,
        merged: done.counts.merged,
        skipped: done.counts.skipped,
        rejected: done.counts.rejected,
      })
    );
  };

  const startOver = () => {
    setStep("choose");
    setOverrides(new Map());
    setKinds(new Map());
    setPreview(null);
    setOutcome(null);
    setProgress(0);
  };

  const fieldOf = (sheet: string, header: string, detected: string | null) => {
    const key = overrideKey(sheet, header);
    return overrides.has(key) ? (overrides.get(key) ?? null) : detected;
  };

  /** The mapping step as a mapping file: the format of the CLI's --save-mapping and --mapping. */
  const exportMapping = async () => {
    const { paneMappingFile } = await loadMappingFile();
    const file = paneMappingFile(mappings, fieldOf);
    downloadFile("mapping.json", `${JSON.stringify(file, null, 2)}\n`, "application/json");
  };

  const importMapping = async (file: File) => {
    setFileMessage(null);
    let choices: ReturnType<typeof choicesFromMappingFile>;
    try {
      const { choicesFromMappingFile } = await loadMappingFile();
      choices = choicesFromMappingFile(await readFileText(file), mappings);
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      setFileMessage({
        text: t(m.import.mappingFileError, { file: file.name, error }),
        error: true,
      });
      return;
    }
    const nextKinds = new Map(kinds);
    for (const { sheet, kind } of choices.kinds) nextKinds.set(sheet, kind);
    const found = await map.run(mappingRequest(nextKinds));
    if (!found) return;
    const detected = (sheet: string, header: string) =>
      found
        .find((f) => f.sheet === sheet && f.columns.some((c) => c.header === header))
        ?.columns.find((c) => c.header === header)?.field ?? null;
    const next = new Map<string, string | null>();
    for (const o of choices.overrides)
      if (o.field !== detected(o.sheet, o.header))
        next.set(overrideKey(o.sheet, o.header), o.field);
    setKinds(nextKinds);
    setMappings(found);
    setOverrides(next);
    setFileMessage({ text: t(m.import.mappingApplied, { file: file.name }), error: false });
  };

  const changeField = (
    sheet: string,
    header: string,
    detected: string | null,
    field: string | null
  ) => {
    setOverrides((prev) => {
      const next = new Map(prev);
      if (field === detected) next.delete(overrideKey(sheet, header));
      else next.set(overrideKey(sheet, header), field);
      return next;
    });
  };

  const openIssues = async () => {
    if (!outcome?.issuesSheet) return;
    const view = await show.run(outcome.issuesSheet);
    if (view) setSheetView(view);
  };

  const stepIndex = STEPS.indexOf(step);
  const stepNames = [
    m.import.stepChoose,
    m.import.stepMap,
    m.import.stepPreview,
    m.import.stepRun,
    m.import.stepResult,
  ];
  const error = list.error ?? map.error ?? check.error ?? run.error ?? show.error;

  return (
    <section className={s.page} aria-labelledby="import-title">
      <h2 id="import-title" className={s.heading}>
        {m.import.title}
      </h2>
      <Text as="p" weight="semibold" aria-live="polite">
        {t(m.import.stepOf, { n: stepIndex + 1, total: STEPS.length, name: stepNames[stepIndex] })}
      </Text>
      <ErrorNotice error={error} />

      {step === "choose" ? (
        <ChooseStep
          sources={sources}
          loading={list.pending}
          chosen={chosen}
          invalid={chooseError}
          onToggle={(name, on) => {
            setChooseError(false);
            setChosen((prev) =>
              on ? [...prev.filter((n) => n !== name), name] : prev.filter((n) => n !== name)
            );
          }}
        />
      ) : null}

      {step === "map" ? <Text as="p">{m.import.mapIntro}</Text> : null}
      {step === "map" ? (
        <div className={s.actions}>
          <Button size="small" onClick={() => void exportMapping()} disabled={map.pending}>
            {m.import.exportMapping}
          </Button>
          <Button size="small" onClick={() => fileInput.current?.click()} disabled={map.pending}>
            {m.import.importMapping}
          </Button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            aria-label={m.import.mappingFileLabel}
            hidden
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = "";
              if (file) void importMapping(file);
            }}
          />
        </div>
      ) : null}
      {step === "map" && fileMessage ? (
        <Text
          as="p"
          role={fileMessage.error ? "alert" : "status"}
          className={fileMessage.error ? s.error : undefined}
        >
          {fileMessage.text}
        </Text>
      ) : null}
      {step === "map"
        ? mappings.map((mapping) => (
            <div key={`${mapping.sheet}|${mapping.range ?? ""}`} className={s.section}>
              <h3 className={s.heading}>
                {mapping.range
                  ? t(m.import.mapTableAt, { sheet: mapping.sheet, range: mapping.range })
                  : mapping.sheet}
              </h3>
              {mapping.kind === null && mapping.reason ? (
                <Text as="p" className={s.muted}>
                  {t(m.import.mapNotData, {
                    reason:
                      (mapping.reasonCoded &&
                        renderMessage(
                          mapping.reasonCoded.code,
                          mapping.reasonCoded.params,
                          lang
                        )) ||
                      mapping.reason,
                  })}
                </Text>
              ) : null}
              <Field label={m.import.mapKind} size="small">
                <Dropdown
                  size="small"
                  value={mapping.kind ? sheetDef(mapping.kind).label[lang] : m.import.notRecognised}
                  selectedOptions={mapping.kind ? [mapping.kind] : []}
                  disabled={map.pending}
                  onOptionSelect={(_, data) =>
                    data.optionValue && void changeKind(mapping.sheet, data.optionValue as SheetKey)
                  }
                >
                  {SHEETS.map((def) => (
                    <Option key={def.key} value={def.key}>
                      {def.label[lang]}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
              <MappingGrid
                mapping={mapping}
                fieldOf={(header, detected) => fieldOf(mapping.sheet, header, detected)}
                isChanged={(header) => overrides.has(overrideKey(mapping.sheet, header))}
                onChange={(header, field) => {
                  const detected = mapping.columns.find((c) => c.header === header)?.field ?? null;
                  changeField(mapping.sheet, header, detected, field);
                }}
              />
            </div>
          ))
        : null}

      {step === "preview" && preview ? (
        <PreviewCounts preview={preview} intro={m.import.previewIntro} />
      ) : null}

      {step === "run" ? (
        <Field
          label={m.import.progressLabel}
          hint={t(m.import.progress, { percent: `${Math.round(progress * 100)}%` })}
        >
          <ProgressBar value={progress} max={1} thickness="large" />
        </Field>
      ) : null}

      {step === "result" && outcome ? (
        <>
          <h3 className={s.heading}>{m.import.resultTitle}</h3>
          <Text as="p">
            {t(m.import.resultSummary, {
              imported: outcome.counts.imported,
              merged: outcome.counts.merged,
              skipped: outcome.counts.skipped,
              rejected: outcome.counts.rejected,
              sourceRows: outcome.counts.sourceRows,
            })}
          </Text>
          <PreviewCounts preview={outcome} />
          {outcome.issuesSheet ? (
            <Link as="button" onClick={() => void openIssues()} disabled={show.pending}>
              {t(m.import.openIssues, { count: outcome.issueCount })}
            </Link>
          ) : null}
        </>
      ) : null}

      <div className={s.actions}>
        {step === "choose" ? (
          <Button
            appearance="primary"
            onClick={() => void toMapping()}
            disabled={map.pending || list.pending || !sources?.length}
          >
            {m.common.next}
          </Button>
        ) : null}
        {step === "map" ? (
          <>
            <Button onClick={() => setStep("choose")}>{m.common.back}</Button>
            <Button appearance="primary" onClick={() => void toPreview()} disabled={check.pending}>
              {m.common.next}
            </Button>
          </>
        ) : null}
        {step === "preview" ? (
          <>
            <Button onClick={() => setStep("map")}>{m.common.back}</Button>
            <Button appearance="primary" onClick={() => void toImport()}>
              {m.import.start}
            </Button>
          </>
        ) : null}
        {step === "result" ? <Button onClick={startOver}>{m.import.importAnother}</Button> : null}
        {step === "choose" ? (
          <Button
            appearance="subtle"
            onClick={() => void loadSources().then((f) => f && setSources(f))}
            disabled={list.pending}
          >
            {m.common.refresh}
          </Button>
        ) : null}
        {step === "map" || step === "preview" ? (
          <Button appearance="subtle" onClick={startOver}>
            {m.common.startOver}
          </Button>
        ) : null}
        {map.pending || check.pending ? <Spinner size="tiny" label={m.common.working} /> : null}
      </div>
      <SheetDialog view={sheetView} onClose={() => setSheetView(null)} />
    </section>
  );
}

function ChooseStep(props: {
  sources: SourceSheetInfo[] | null;
  loading: boolean;
  chosen: string[];
  invalid: boolean;
  onToggle: (name: string, on: boolean) => void;
}): React.ReactElement {
  const { m, t, lang } = useI18n();
  const s = usePageStyles();
  const { sources } = props;
  if (!sources) return props.loading ? <Spinner size="small" label={m.app.loading} /> : <></>;
  if (sources.length === 0) return <Text as="p">{m.import.noSheets}</Text>;
  return (
    <>
      <Text as="p">{m.import.chooseIntro}</Text>
      <fieldset className={s.fieldset}>
        <legend className={s.legend}>{m.import.selectSheets}</legend>
        <div className={s.section}>
          {sources.map((source) => (
            <Checkbox
              key={source.name}
              checked={props.chosen.includes(source.name)}
              onChange={(_, data) => props.onToggle(source.name, data.checked === true)}
              label={
                <span>
                  <Text weight="semibold">{source.name}</Text>
                  <Text size={200} block className={s.muted}>
                    {t(m.import.sheetRows, { rows: source.rows, columns: source.columns })} ·{" "}
                    {t(m.import.looksLike, {
                      kind: source.kind
                        ? sheetDef(source.kind).label[lang]
                        : m.import.notRecognised,
                    })}
                  </Text>
                </span>
              }
            />
          ))}
        </div>
        {props.invalid ? (
          <Text role="alert" className={s.error}>
            {m.import.chooseAtLeastOne}
          </Text>
        ) : null}
      </fieldset>
    </>
  );
}

function PreviewCounts(props: { preview: ImportPreview; intro?: string }): React.ReactElement {
  const { m, t, number } = useI18n();
  const s = usePageStyles();
  const { counts, issues, issueCount } = props.preview;
  const cells: Array<[string, number]> = [
    [m.import.sourceRows, counts.sourceRows],
    [m.import.countNew, counts.imported],
    [m.import.countMerged, counts.merged],
    [m.import.countSkipped, counts.skipped],
    [m.import.countRejected, counts.rejected],
  ];
  return (
    <div className={s.section}>
      {props.intro ? <Text as="p">{props.intro}</Text> : null}
      <dl className={s.stats} data-testid="import-counts">
        {cells.map(([label, value]) => (
          <div key={label} className={s.stat}>
            <dt className={s.statLabel}>{label}</dt>
            <dd className={s.statValue}>{number(value)}</dd>
          </div>
        ))}
      </dl>
      {props.intro ? (
        <>
          <h3 className={s.heading}>
            {issueCount > 0
              ? t(m.import.firstIssues, { shown: issues.length, total: issueCount })
              : m.import.noIssues}
          </h3>
          {issues.length > 0 ? <IssueList issues={issues} /> : null}
        </>
      ) : null}
    </div>
  );
}
