import { Button, Card, Checkbox, Link, Spinner, Text } from "@fluentui/react-components";
import * as React from "react";
import type { RegisterActions, SheetView } from "../actions";
import { useI18n } from "../i18n";
import { joinList } from "../../register/messages/render";
import { ClientPicker } from "./ClientPicker";
import { ErrorNotice } from "./ErrorNotice";
import { usePageStyles } from "./layout";
import { useNotify } from "./Notify";
import { SheetDialog } from "./SheetDialog";
import { useClients } from "./useClients";
import { useTask } from "./useTask";

export function ReviewsPage(props: {
  actions: RegisterActions;
  version: number;
  onChanged: () => void;
}): React.ReactElement {
  const { actions, version, onChanged } = props;
  const { m, t, lang } = useI18n();
  const s = usePageStyles();
  const notify = useNotify();
  const { clients, error: clientsError } = useClients(actions, version);
  const [mask, setMask] = React.useState(false);
  const [picked, setPicked] = React.useState<string[]>([]);
  const [pickError, setPickError] = React.useState(false);
  const [selectionNote, setSelectionNote] = React.useState<string | null>(null);
  const [written, setWritten] = React.useState<string[]>([]);
  const [view, setView] = React.useState<SheetView | null>(null);

  const book = useTask(() => actions.generateBookReview({ lang, mask }));
  const perClient = useTask((ids: string[]) => actions.generateClientReviews(ids, { lang, mask }));
  const selection = useTask(() => actions.selectedClient());
  const show = useTask((sheet: string) => actions.showSheet(sheet));

  const onBook = async () => {
    const done = await book.run();
    if (!done) return;
    setWritten([done.sheet]);
    onChanged();
    notify(
      "success",
      t(m.reviews.bookDone, { sheet: done.sheet }),
      actions.mode === "preview" ? m.reviews.downloadHint : undefined
    );
  };

  const onClients = async () => {
    if (picked.length === 0) {
      setPickError(true);
      return;
    }
    const done = await perClient.run(picked);
    if (!done) return;
    setWritten(done.sheets);
    onChanged();
    notify(
      "success",
      t(m.reviews.clientDone, { count: done.sheets.length }),
      actions.mode === "preview" ? m.reviews.downloadHint : undefined
    );
  };

  const onUseSelection = async () => {
    const found = await selection.run();
    if (found === undefined) return;
    if (!found) {
      setSelectionNote(m.reviews.selectionNone);
      return;
    }
    setPickError(false);
    setPicked((prev) => (prev.includes(found.clientId) ? prev : [...prev, found.clientId]));
    setSelectionNote(t(m.reviews.selectionFound, { name: found.name }));
  };

  const onShow = async (sheet: string) => {
    const shown = await show.run(sheet);
    if (shown) setView(shown);
  };

  return (
    <div className={s.page}>
      <Checkbox
        label={m.reviews.mask}
        checked={mask}
        onChange={(_, data) => setMask(data.checked === true)}
      />
      <Card aria-labelledby="book-title">
        <h2 id="book-title" className={s.heading}>
          {m.reviews.bookTitle}
        </h2>
        <Text>{m.reviews.bookIntro}</Text>
        <ErrorNotice error={book.error} />
        <div className={s.actions}>
          <Button appearance="primary" onClick={() => void onBook()} disabled={book.pending}>
            {m.reviews.bookButton}
          </Button>
          {book.pending ? <Spinner size="tiny" label={m.common.working} /> : null}
        </div>
      </Card>
      <Card aria-labelledby="client-review-title">
        <h2 id="client-review-title" className={s.heading}>
          {m.reviews.clientTitle}
        </h2>
        <Text>{m.reviews.clientIntro}</Text>
        <ErrorNotice error={clientsError ?? selection.error ?? perClient.error} />
        {actions.mode === "excel" ? (
          <div className={s.actions}>
            <Button onClick={() => void onUseSelection()} disabled={selection.pending}>
              {m.reviews.useSelection}
            </Button>
          </div>
        ) : null}
        {selectionNote ? (
          <Text size={200} aria-live="polite">
            {selectionNote}
          </Text>
        ) : null}
        <ClientPicker
          label={m.reviews.pickClients}
          placeholder={m.reviews.pickPlaceholder}
          clients={clients ?? []}
          selected={picked}
          multiselect
          hint={
            picked.length > 0
              ? t(m.reviews.pickedNames, {
                  names: joinList(
                    picked.map((id) => clients?.find((c) => c.clientId === id)?.name ?? id),
                    lang
                  ),
                })
              : t(m.reviews.picked, { count: 0 })
          }
          validationMessage={pickError && picked.length === 0 ? m.reviews.chooseClient : undefined}
          onChange={(ids) => {
            setPickError(false);
            setPicked(ids);
          }}
        />
        <div className={s.actions}>
          <Button
            appearance="primary"
            onClick={() => void onClients()}
            disabled={perClient.pending}
          >
            {m.reviews.clientButton}
          </Button>
          {perClient.pending ? <Spinner size="tiny" label={m.common.working} /> : null}
        </div>
      </Card>
      {written.length > 0 ? (
        <div className={s.section} aria-live="polite">
          {written.map((sheet) => (
            <Link key={sheet} as="button" onClick={() => void onShow(sheet)}>
              {t(m.reviews.openSheet, { sheet })}
            </Link>
          ))}
          {actions.mode === "preview" ? <Text size={200}>{m.reviews.downloadHint}</Text> : null}
        </div>
      ) : null}
      <ErrorNotice error={show.error} />
      <SheetDialog view={view} onClose={() => setView(null)} />
    </div>
  );
}
