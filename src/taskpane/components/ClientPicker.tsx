import { Combobox, Field, Option, Text } from "@fluentui/react-components";
import * as React from "react";
import type { ClientOption } from "../actions";
import { useI18n } from "../i18n";

/** How many matches the list shows at once; typing narrows a large register down. */
const MAX_OPTIONS = 50;

export interface ClientPickerProps {
  label: string;
  placeholder: string;
  clients: ClientOption[];
  selected: string[];
  onChange: (clientIds: string[]) => void;
  multiselect?: boolean;
  required?: boolean;
  validationMessage?: string;
  hint?: string;
}

export const clientText = (c: ClientOption): string => `${c.name} (${c.clientId})`;

function matches(client: ClientOption, query: string): boolean {
  const q = query.trim().normalize("NFKC").toLowerCase();
  if (!q) return true;
  return clientText(client).normalize("NFKC").toLowerCase().includes(q);
}

/** Finds clients by name or id as you type; one client, or several with `multiselect`. */
export function ClientPicker(props: ClientPickerProps): React.ReactElement {
  const { clients, selected, onChange, multiselect } = props;
  const selectedText =
    !multiselect && selected[0] ? clients.find((c) => c.clientId === selected[0]) : undefined;
  const [query, setQuery] = React.useState(selectedText ? clientText(selectedText) : "");

  React.useEffect(() => {
    if (!multiselect) setQuery(selectedText ? clientText(selectedText) : "");
  }, [multiselect, selectedText]);

  const shown = React.useMemo(() => {
    const filterBy =
      !multiselect && selectedText && query === clientText(selectedText) ? "" : query;
    return clients.filter((c) => matches(c, filterBy)).slice(0, MAX_OPTIONS);
  }, [clients, query, multiselect, selectedText]);

  return (
    <Field
      label={props.label}
      required={props.required}
      hint={props.hint}
      validationState={props.validationMessage ? "error" : "none"}
      validationMessage={props.validationMessage}
    >
      <Combobox
        placeholder={props.placeholder}
        multiselect={multiselect}
        value={query}
        selectedOptions={selected}
        onChange={(event) => setQuery(event.target.value)}
        onOptionSelect={(_, data) => {
          onChange(data.selectedOptions);
          if (multiselect) setQuery("");
          else setQuery(data.optionText ?? "");
        }}
      >
        {shown.map((client) => (
          <Option key={client.clientId} value={client.clientId}>
            {clientText(client)}
          </Option>
        ))}
      </Combobox>
    </Field>
  );
}

export interface RequiredClientFieldProps {
  clients: ClientOption[] | null;
  clientId: string | null;
  onChange: (clientId: string | null) => void;
  /** The message shown once the form was submitted without a client. */
  missingMessage?: string;
}

/** The one required client of a form (complaint, visit), with a word when the register has none. */
export function RequiredClientField(props: RequiredClientFieldProps): React.ReactElement {
  const { m } = useI18n();
  const { clients, clientId } = props;
  return (
    <>
      {clients && clients.length === 0 ? <Text as="p">{m.complaints.noClients}</Text> : null}
      <ClientPicker
        label={m.common.client}
        placeholder={m.complaints.clientPlaceholder}
        clients={clients ?? []}
        selected={clientId ? [clientId] : []}
        onChange={(ids) => props.onChange(ids[0] ?? null)}
        required
        validationMessage={props.missingMessage}
      />
    </>
  );
}
