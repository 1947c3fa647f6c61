import * as React from "react";
import type { ClientOption, RegisterActions } from "../actions";
import { useTask } from "./useTask";

/** The register's clients for pickers, read again whenever the workbook changed. */
export function useClients(actions: RegisterActions, version: number) {
  const [clients, setClients] = React.useState<ClientOption[] | null>(null);
  const task = useTask(() => actions.listClients());
  const { run } = task;
  React.useEffect(() => {
    void run().then((found) => found && setClients(found));
  }, [run, version]);
  return { clients, pending: task.pending, error: task.error };
}
