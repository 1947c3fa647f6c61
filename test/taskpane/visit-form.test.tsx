/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import * as React from "react";
import { VisitsPage } from "../../src/taskpane/components/VisitForm";
import { todayIso } from "../../src/taskpane/actions";
import { fakeActions } from "./fake-actions";
import { renderPane } from "./render";

jest.setTimeout(30_000);

describe("visit form", () => {
  test("needs a client; logs the visit with every filled field", async () => {
    const actions = fakeActions();
    const onChanged = jest.fn();
    renderPane(<VisitsPage actions={actions} version={0} onChanged={onChanged} />);
    await waitFor(() => expect(actions.listClients).toHaveBeenCalled());

    fireEvent.click(screen.getByRole("button", { name: "Log visit" }));
    expect(await screen.findByText("Choose the client you visited.")).toBeInTheDocument();
    expect(actions.addVisit).not.toHaveBeenCalled();

    fireEvent.change(screen.getByRole("combobox", { name: /^Client/ }), {
      target: { value: "王" },
    });
    fireEvent.click(screen.getByRole("combobox", { name: /^Client/ }));
    fireEvent.click(await screen.findByRole("option", { name: "王建国 (C-0001)" }));
    fireEvent.click(screen.getByRole("combobox", { name: /Method/ }));
    fireEvent.click(await screen.findByRole("option", { name: "Site visit" }));
    fireEvent.change(screen.getByLabelText("Purpose"), { target: { value: "Annual review" } });
    fireEvent.change(screen.getByLabelText("Next steps"), {
      target: { value: "Send the fund proposal" },
    });
    fireEvent.change(screen.getByLabelText("Notes"), {
      target: { value: "Met at the new office" },
    });
    fireEvent.change(screen.getByLabelText("Next visit"), { target: { value: "2024-09-01" } });
    fireEvent.change(screen.getByLabelText("Expense"), { target: { value: "1,250.50" } });
    fireEvent.click(screen.getByRole("checkbox", { name: "Report filed" }));
    fireEvent.click(screen.getByRole("button", { name: "Log visit" }));

    await waitFor(() => expect(actions.addVisit).toHaveBeenCalledTimes(1));
    expect(actions.addVisit).toHaveBeenCalledWith({
      clientId: "C-0001",
      visitOn: todayIso(),
      method: "site-visit",
      reportFiled: true,
      purpose: "Annual review",
      nextSteps: "Send the fund proposal",
      notes: "Met at the new office",
      nextVisitOn: "2024-09-01",
      expense: 1250.5,
    });
    expect(onChanged).toHaveBeenCalled();
    await waitFor(() => expect(screen.getByLabelText("Purpose")).toHaveValue(""));
  });

  test("a negative or non-numeric expense is not sent", async () => {
    const actions = fakeActions();
    renderPane(<VisitsPage actions={actions} version={0} onChanged={jest.fn()} />);
    await waitFor(() => expect(actions.listClients).toHaveBeenCalled());
    fireEvent.change(screen.getByRole("combobox", { name: /^Client/ }), {
      target: { value: "acme" },
    });
    fireEvent.click(screen.getByRole("combobox", { name: /^Client/ }));
    fireEvent.click(await screen.findByRole("option", { name: "Acme Trading Ltd (C-0002)" }));
    fireEvent.change(screen.getByLabelText("Expense"), { target: { value: "-5" } });
    fireEvent.click(screen.getByRole("button", { name: "Log visit" }));
    await new Promise((r) => setTimeout(r, 50));
    expect(actions.addVisit).not.toHaveBeenCalled();
    expect(screen.getByLabelText("Expense")).toHaveAttribute("aria-invalid", "true");
  });

  test("labels come from the register's headers in the pane's language", async () => {
    renderPane(<VisitsPage actions={fakeActions()} version={0} onChanged={jest.fn()} />, "zh-CN");
    expect(await screen.findByLabelText("洽谈要点")).toBeInTheDocument();
    expect(screen.getByLabelText("备注")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "登记拜访" })).toBeInTheDocument();
  });
});
