import {
  Button,
  Checkbox,
  Dropdown,
  Field,
  Input,
  Option,
  Spinner,
  Text,
  Textarea,
} from "@fluentui/react-components";
import * as React from "react";
import { todayIso, type ClientOption, type RegisterActions, type VisitDraft } from "../actions";
import { useI18n } from "../i18n";
import { enumLabel, enumOptions, fieldLabel } from "../labels";
import { RequiredClientField } from "./ClientPicker";
import { ErrorNotice } from "./ErrorNotice";
import { usePageStyles } from "./layout";
import { useNotify } from "./Notify";
import { useClients } from "./useClients";
import { useTask } from "./useTask";

type TextKey =
  "place" | "attendees" | "purpose" | "keyPoints" | "clientViews" | "nextSteps" | "notes";
const TEXT_FIELDS: ReadonlyArray<{ key: TextKey; multiline: boolean }> = [
  { key: "place", multiline: false },
  { key: "attendees", multiline: false },
  { key: "purpose", multiline: false },
  { key: "keyPoints", multiline: true },
  { key: "clientViews", multiline: true },
  { key: "nextSteps", multiline: true },
  { key: "notes", multiline: true },
];

const EMPTY_TEXT: Record<TextKey, string> = {
  place: "",
  attendees: "",
  purpose: "",
  keyPoints: "",
  clientViews: "",
  nextSteps: "",
  notes: "",
};

export function VisitsPage(props: {
  actions: RegisterActions;
  version: number;
  onChanged: () => void;
}): React.ReactElement {
  const { clients, error } = useClients(props.actions, props.version);
  return (
    <>
      <ErrorNotice error={error} />
      <VisitForm actions={props.actions} clients={clients} onSaved={props.onChanged} />
    </>
  );
}

export function VisitForm(props: {
  actions: RegisterActions;
  clients: ClientOption[] | null;
  onSaved: () => void;
}): React.ReactElement {
  const { actions, clients, onSaved } = props;
  const { m, t, lang, date } = useI18n();
  const s = usePageStyles();
  const notify = useNotify();
  const label = (key: string) => fieldLabel("Visits", key, lang);
  const methods = enumOptions("Visits", "method", lang);

  const [clientId, setClientId] = React.useState<string | null>(null);
  const [visitOn, setVisitOn] = React.useState(todayIso());
  const [method, setMethod] = React.useState("visit");
  const [text, setText] = React.useState<Record<TextKey, string>>(EMPTY_TEXT);
  const [nextVisitOn, setNextVisitOn] = React.useState("");
  const [expense, setExpense] = React.useState("");
  const [reportFiled, setReportFiled] = React.useState(false);
  const [tried, setTried] = React.useState(false);

  const expenseValue = expense.trim() === "" ? undefined : Number(expense.replace(/,/g, ""));
  const expenseInvalid =
    expenseValue !== undefined && (!Number.isFinite(expenseValue) || expenseValue < 0);
  const clientMissing = tried && !clientId;
  const dateMissing = tried && !/^\d{4}-\d{2}-\d{2}$/.test(visitOn);

  const save = useTask(async (draft: VisitDraft) => {
    await actions.addVisit(draft);
    return draft;
  });

  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!clientId || !/^\d{4}-\d{2}-\d{2}$/.test(visitOn) || expenseInvalid) return;
    const draft: VisitDraft = { clientId, visitOn, method, reportFiled };
    for (const { key } of TEXT_FIELDS) if (text[key].trim()) draft[key] = text[key].trim();
    if (nextVisitOn) draft.nextVisitOn = nextVisitOn;
    if (expenseValue !== undefined) draft.expense = expenseValue;
    const saved = await save.run(draft);
    if (!saved) return;
    const client = clients?.find((c) => c.clientId === clientId);
    notify(
      "success",
      t(m.visits.saved, { client: client?.name ?? clientId, date: date(visitOn) }),
      m.visits.reminder
    );
    setTried(false);
    setText(EMPTY_TEXT);
    setNextVisitOn("");
    setExpense("");
    setReportFiled(false);
    onSaved();
  };

  return (
    <form
      className={s.page}
      onSubmit={(event) => void onSubmit(event)}
      aria-labelledby="visit-title"
      noValidate
    >
      <h2 id="visit-title" className={s.heading}>
        {m.visits.title}
      </h2>
      <RequiredClientField
        clients={clients}
        clientId={clientId}
        onChange={setClientId}
        missingMessage={clientMissing ? m.visits.clientRequired : undefined}
      />
      <Field
        label={label("visitOn")}
        required
        validationState={dateMissing ? "error" : "none"}
        validationMessage={dateMissing ? m.visits.dateRequired : undefined}
      >
        <Input type="date" value={visitOn} onChange={(_, data) => setVisitOn(data.value)} />
      </Field>
      <Field label={label("method")}>
        <Dropdown
          value={enumLabel("Visits", "method", method, lang)}
          selectedOptions={[method]}
          onOptionSelect={(_, data) => data.optionValue && setMethod(data.optionValue)}
        >
          {methods.map((o) => (
            <Option key={o.key} value={o.key}>
              {o.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {TEXT_FIELDS.map(({ key, multiline }) => (
        <Field key={key} label={label(key)}>
          {multiline ? (
            <Textarea
              value={text[key]}
              resize="vertical"
              onChange={(_, data) => setText({ ...text, [key]: data.value })}
            />
          ) : (
            <Input
              value={text[key]}
              onChange={(_, data) => setText({ ...text, [key]: data.value })}
            />
          )}
        </Field>
      ))}
      <Field label={label("nextVisitOn")}>
        <Input type="date" value={nextVisitOn} onChange={(_, data) => setNextVisitOn(data.value)} />
      </Field>
      <Field label={label("expense")} validationState={expenseInvalid ? "error" : "none"}>
        <Input inputMode="decimal" value={expense} onChange={(_, data) => setExpense(data.value)} />
      </Field>
      <Checkbox
        label={label("reportFiled")}
        checked={reportFiled}
        onChange={(_, data) => setReportFiled(data.checked === true)}
      />
      <Text size={200} className={s.muted}>
        {m.visits.reminder}
      </Text>
      <ErrorNotice error={save.error} />
      <div className={s.actions}>
        <Button appearance="primary" type="submit" disabled={save.pending}>
          {m.visits.save}
        </Button>
        {save.pending ? <Spinner size="tiny" label={m.common.working} /> : null}
      </div>
    </form>
  );
}
