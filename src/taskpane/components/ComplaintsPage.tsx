import {
  Badge,
  Button,
  Card,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  Spinner,
  Text,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { todayIso, type ClientOption, type ComplaintRow, type RegisterActions } from "../actions";
import { useI18n } from "../i18n";
import { enumLabel, enumOptions, fieldLabel } from "../labels";
import { RequiredClientField } from "./ClientPicker";
import { ErrorNotice } from "./ErrorNotice";
import { ComplaintGuidance } from "./ComplaintGuidance";
import { usePageStyles } from "./layout";
import { useNotify } from "./Notify";
import { useClients } from "./useClients";
import { useTask } from "./useTask";

const useStyles = makeStyles({
  rowCard: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  rowHead: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  description: { overflowWrap: "anywhere" },
});

export interface ComplaintsPageProps {
  actions: RegisterActions;
  version: number;
  onChanged: () => void;
}

export function ComplaintsPage(props: ComplaintsPageProps): React.ReactElement {
  const { actions, version, onChanged } = props;
  const s = usePageStyles();
  const { clients, error } = useClients(actions, version);
  return (
    <div className={s.page}>
      <ErrorNotice error={error} />
      <ComplaintForm actions={actions} clients={clients} onSaved={onChanged} />
      <ComplaintGuidance />
      <ComplaintList actions={actions} version={version} onChanged={onChanged} />
    </div>
  );
}

export function ComplaintForm(props: {
  actions: RegisterActions;
  clients: ClientOption[] | null;
  onSaved: () => void;
}): React.ReactElement {
  const { actions, clients, onSaved } = props;
  const { m, t, lang, date } = useI18n();
  const s = usePageStyles();
  const notify = useNotify();
  const label = (key: string) => fieldLabel("Complaints", key, lang);
  const severities = enumOptions("Complaints", "severity", lang);

  const [clientId, setClientId] = React.useState<string | null>(null);
  const [severity, setSeverity] = React.useState("medium");
  const [receivedOn, setReceivedOn] = React.useState(todayIso());
  const [channel, setChannel] = React.useState("");
  const [category, setCategory] = React.useState("");
  const [description, setDescription] = React.useState("");
  const [dueOn, setDueOn] = React.useState<string | null>(null);
  const [tried, setTried] = React.useState(false);

  const save = useTask(() =>
    actions.addComplaint({
      clientId: clientId ?? "",
      severity,
      receivedOn,
      description: description.trim(),
      channel: channel.trim() || undefined,
      category: category.trim() || undefined,
    })
  );

  React.useEffect(() => {
    let live = true;
    setDueOn(null);
    if (!severity || !/^\d{4}-\d{2}-\d{2}$/.test(receivedOn)) return;
    actions.complaintDueDate({ severity, receivedOn }).then(
      (due) => live && setDueOn(due),
      () => live && setDueOn(null)
    );
    return () => {
      live = false;
    };
  }, [actions, severity, receivedOn]);

  const clientMissing = tried && !clientId;
  const descriptionMissing = tried && description.trim() === "";

  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!clientId || description.trim() === "") return;
    const saved = await save.run();
    if (!saved) return;
    notify("success", t(m.complaints.saved, { id: saved.complaintId, date: date(saved.dueOn) }));
    setTried(false);
    setDescription("");
    setChannel("");
    setCategory("");
    onSaved();
  };

  return (
    <form
      className={s.section}
      onSubmit={(event) => void onSubmit(event)}
      aria-labelledby="complaint-title"
      noValidate
    >
      <h2 id="complaint-title" className={s.heading}>
        {m.complaints.newTitle}
      </h2>
      <RequiredClientField
        clients={clients}
        clientId={clientId}
        onChange={setClientId}
        missingMessage={clientMissing ? m.complaints.clientRequired : undefined}
      />
      <Field label={label("severity")} required>
        <Dropdown
          value={enumLabel("Complaints", "severity", severity, lang)}
          selectedOptions={[severity]}
          onOptionSelect={(_, data) => data.optionValue && setSeverity(data.optionValue)}
        >
          {severities.map((o) => (
            <Option key={o.key} value={o.key}>
              {o.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field
        label={label("receivedOn")}
        required
        hint={dueOn ? undefined : m.complaints.dueUnknown}
      >
        <Input type="date" value={receivedOn} onChange={(_, data) => setReceivedOn(data.value)} />
      </Field>
      <Field
        label={label("description")}
        required
        validationState={descriptionMissing ? "error" : "none"}
        validationMessage={descriptionMissing ? m.complaints.descriptionRequired : undefined}
      >
        <Textarea
          value={description}
          onChange={(_, data) => setDescription(data.value)}
          resize="vertical"
        />
      </Field>
      <Field label={label("channel")} hint={m.common.optional}>
        <Input value={channel} onChange={(_, data) => setChannel(data.value)} />
      </Field>
      <Field label={label("category")} hint={m.common.optional}>
        <Input value={category} onChange={(_, data) => setCategory(data.value)} />
      </Field>
      {dueOn ? (
        <Text weight="semibold" aria-live="polite" data-testid="complaint-due">
          {t(m.complaints.dueOn, { date: date(dueOn) })}
        </Text>
      ) : null}
      <ErrorNotice error={save.error} />
      <div className={s.actions}>
        <Button appearance="primary" type="submit" disabled={save.pending}>
          {m.complaints.save}
        </Button>
        {save.pending ? <Spinner size="tiny" label={m.common.working} /> : null}
      </div>
    </form>
  );
}

export function ComplaintList(props: {
  actions: RegisterActions;
  version: number;
  onChanged: () => void;
}): React.ReactElement {
  const { actions, version, onChanged } = props;
  const { m, t, lang, date } = useI18n();
  const s = usePageStyles();
  const st = useStyles();
  const notify = useNotify();
  const [rows, setRows] = React.useState<ComplaintRow[] | null>(null);
  const load = useTask(() => actions.listOpenComplaints());
  const update = useTask(async (id: string, status: string) => {
    await actions.setComplaintStatus(id, status, todayIso());
    return true;
  });
  const statuses = enumOptions("Complaints", "status", lang);
  const { run } = load;

  React.useEffect(() => {
    void run().then((found) => found && setRows(found));
  }, [run, version]);

  const onStatus = async (row: ComplaintRow, status: string) => {
    if (!(await update.run(row.complaintId, status))) return;
    notify(
      "success",
      t(m.complaints.updated, {
        id: row.complaintId,
        status: enumLabel("Complaints", "status", status, lang),
      })
    );
    setRows(
      (prev) => prev?.map((r) => (r.complaintId === row.complaintId ? { ...r, status } : r)) ?? null
    );
    onChanged();
  };

  return (
    <section className={s.section} aria-labelledby="complaint-list-title">
      <h2 id="complaint-list-title" className={s.heading}>
        {m.complaints.listTitle}
      </h2>
      <ErrorNotice error={load.error ?? update.error} />
      {rows === null && load.pending ? <Spinner size="tiny" label={m.app.loading} /> : null}
      {rows && rows.length === 0 ? <Text>{m.complaints.none}</Text> : null}
      {rows?.map((row) => (
        <Card key={row.complaintId} size="small" className={st.rowCard}>
          <div className={st.rowHead}>
            <Text weight="semibold">{row.complaintId}</Text>
            <Text>{row.clientName || row.clientId}</Text>
            <Badge appearance="tint" size="small">
              {enumLabel("Complaints", "severity", row.severity, lang)}
            </Badge>
            {row.overdue ? (
              <Badge appearance="filled" color="danger" size="small">
                {m.complaints.overdue}
              </Badge>
            ) : null}
            {row.dueOn ? (
              <Text size={200} className={s.muted}>
                {t(m.complaints.dueShort, { date: date(row.dueOn) })}
              </Text>
            ) : null}
          </div>
          {row.description ? (
            <Text size={200} className={st.description}>
              {row.description}
            </Text>
          ) : null}
          <Dropdown
            size="small"
            aria-label={t(m.complaints.updateFor, { id: row.complaintId })}
            value={enumLabel("Complaints", "status", row.status, lang)}
            selectedOptions={[row.status]}
            disabled={update.pending}
            onOptionSelect={(_, data) =>
              data.optionValue &&
              data.optionValue !== row.status &&
              void onStatus(row, data.optionValue)
            }
          >
            {statuses
              .filter((o) => o.key === row.status || row.nextStatuses.includes(o.key))
              .map((o) => (
                <Option key={o.key} value={o.key}>
                  {o.label}
                </Option>
              ))}
          </Dropdown>
        </Card>
      ))}
    </section>
  );
}
