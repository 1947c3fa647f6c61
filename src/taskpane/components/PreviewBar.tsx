import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { downloadFile } from "./download";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
import type { FileActions } from "../actions";
import { useI18n } from "../i18n";
import { ErrorNotice } from "./ErrorNotice";
import { usePageStyles } from "./layout";
import { useNotify } from "./Notify";
import { useTask } from "./useTask";

const XLSX_TYPES = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const useStyles = makeStyles({
  drop: {
    width: "100%",
    minHeight: "72px",
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground2,
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground2Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  fileName: { overflowWrap: "anywhere" },
});

export interface PreviewBarProps {
  file: FileActions;
  fileName: string | null;
  dirty: boolean;
  onOpened: (fileName: string) => void;
  onSaved: () => void;
}

/** Preview mode's file controls: open an .xlsx (picker or drop), open the sample, download. */
export function PreviewBar(props: PreviewBarProps): React.ReactElement {
  const { file, fileName, dirty, onOpened, onSaved } = props;
  const { m, t } = useI18n();
  const s = usePageStyles();
  const st = useStyles();
  const notify = useNotify();
  const input = React.useRef<HTMLInputElement>(null);

  const open = useTask(async (name: string, bytes: ArrayBuffer) => {
    await file.open(name, bytes);
    return name;
  });
  const sample = useTask(async () => {
    await file.openSample();
    return file.currentFile() ?? "";
  });
  const save = useTask(() => file.save());
  const busy = open.pending || sample.pending || save.pending;

  const opened = (name: string | undefined) => {
    if (name === undefined) return;
    onOpened(name);
    notify("success", t(m.preview.opened, { name }));
  };

  const onPick = async (event: React.ChangeEvent<HTMLInputElement>) => {
    const picked = event.target.files?.[0];
    event.target.value = "";
    if (picked) opened(await open.run(picked.name, await picked.arrayBuffer()));
  };

  const openRef = React.useRef({ open, opened });
  openRef.current = { open, opened };
  const dragging = useFileDrop(async (dropped) => {
    const { open: task, opened: done } = openRef.current;
    done(await task.run(dropped.name, await dropped.arrayBuffer()));
  });

  const onDownload = async () => {
    const saved = await save.run();
    if (!saved) return;
    downloadFile(saved.fileName, saved.bytes, XLSX_TYPE);
    onSaved();
    notify("success", t(m.preview.downloaded, { name: saved.fileName }));
  };

  return (
    <MessageBar intent="info" layout="multiline" aria-label={m.preview.title}>
      <MessageBarBody>
        <MessageBarTitle>{m.preview.title}</MessageBarTitle>
        <div className={s.section}>
          {fileName ? (
            <Text className={st.fileName} weight="semibold">
              {t(m.preview.current, { name: fileName })}
            </Text>
          ) : (
            <Text>{m.preview.intro}</Text>
          )}
          {dirty ? <Text size={200}>{m.preview.modified}</Text> : null}
          <div className={s.actions}>
            <Button size="small" onClick={() => input.current?.click()} disabled={busy}>
              {m.preview.openFile}
            </Button>
            <Button size="small" onClick={() => void sample.run().then(opened)} disabled={busy}>
              {m.preview.openSample}
            </Button>
            <Button
              size="small"
              appearance="primary"
              onClick={() => void onDownload()}
              disabled={busy || !fileName}
            >
              {m.preview.download}
            </Button>
            {busy ? <Spinner size="tiny" label={m.common.working} /> : null}
          </div>
          {!fileName || dragging ? (
            <button type="button" className={st.drop} onClick={() => input.current?.click()}>
              {dragging ? m.preview.dropActive : m.preview.dropHint}
            </button>
          ) : null}
          <input
            ref={input}
            type="file"
            accept={XLSX_TYPES}
            hidden
            onChange={(event) => void onPick(event)}
            data-testid="file-input"
          />
          <ErrorNotice error={open.error ?? sample.error ?? save.error} />
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}

/** Makes the whole page a drop target for one file; true while a file is dragged over it. */
function useFileDrop(onFile: (file: File) => void): boolean {
  const [dragging, setDragging] = React.useState(false);
  const handler = React.useRef(onFile);
  handler.current = onFile;
  React.useEffect(() => {
    const hasFiles = (event: DragEvent) =>
      Array.from(event.dataTransfer?.types ?? []).includes("Files");
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = "copy";
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      const dropped = event.dataTransfer?.files?.[0];
      if (dropped) handler.current(dropped);
    };
    window.addEventListener("dragover", over);
    window.addEventListener("dragleave", leave);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("dragover", over);
      window.removeEventListener("dragleave", leave);
      window.removeEventListener("drop", drop);
    };
  }, []);
  return dragging;
}
