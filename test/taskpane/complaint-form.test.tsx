/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import * as React from "react";
import { ComplaintsPage } from "../../src/taskpane/components/ComplaintsPage";
import { ActionError, todayIso } from "../../src/taskpane/actions";
import { COMPLAINT_PROCEDURE, RMLSP } from "../../src/register/workflow/complaints";
import { fakeActions } from "./fake-actions";
import { renderPane } from "./render";

jest.setTimeout(30_000);

async function pickClient(label: string, typed: string, option: string) {
  const box = screen.getByRole("combobox", { name: new RegExp(label) });
  fireEvent.change(box, { target: { value: typed } });
  fireEvent.click(box);
  fireEvent.click(await screen.findByRole("option", { name: option }));
}

describe("complaint form", () => {
  test("without a client or a description it says what is missing and logs nothing", async () => {
    const actions = fakeActions();
    renderPane(<ComplaintsPage actions={actions} version={0} onChanged={jest.fn()} />);
    await waitFor(() => expect(actions.listClients).toHaveBeenCalled());
    fireEvent.click(screen.getByRole("button", { name: "Log complaint" }));
    expect(
      await screen.findByText("Choose the client this complaint is about.")
    ).toBeInTheDocument();
    expect(screen.getByText("Describe the complaint in a few words.")).toBeInTheDocument();
    expect(actions.addComplaint).not.toHaveBeenCalled();
  });

  test("shows the due date for the chosen severity and logs the complaint", async () => {
    const actions = fakeActions();
    const onChanged = jest.fn();
    renderPane(<ComplaintsPage actions={actions} version={0} onChanged={onChanged} />);
    await waitFor(() =>
      expect(actions.complaintDueDate).toHaveBeenCalledWith({
        severity: "medium",
        receivedOn: todayIso(),
      })
    );
    expect(await screen.findByTestId("complaint-due")).toHaveTextContent("Due by Jun 3, 2024");

    await pickClient("Client", "acme", "Acme Trading Ltd (C-0002)");
    fireEvent.click(screen.getByRole("combobox", { name: /Severity/ }));
    fireEvent.click(await screen.findByRole("option", { name: "Critical" }));
    await waitFor(() =>
      expect(actions.complaintDueDate).toHaveBeenLastCalledWith({
        severity: "critical",
        receivedOn: todayIso(),
      })
    );

    fireEvent.change(screen.getByRole("textbox", { name: /Description/ }), {
      target: { value: "  Statement sent to the wrong address  " },
    });
    fireEvent.change(screen.getByRole("textbox", { name: /Channel/ }), {
      target: { value: "phone" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Log complaint" }));

    await waitFor(() => expect(actions.addComplaint).toHaveBeenCalledTimes(1));
    expect(actions.addComplaint).toHaveBeenCalledWith({
      clientId: "C-0002",
      severity: "critical",
      receivedOn: todayIso(),
      description: "Statement sent to the wrong address",
      channel: "phone",
      category: undefined,
    });
    expect(
      await screen.findByText("Complaint CP-2024-0002 logged, due by Jun 3, 2024.")
    ).toBeInTheDocument();
    expect(onChanged).toHaveBeenCalled();
    await waitFor(() =>
      expect(screen.getByRole("textbox", { name: /Description/ })).toHaveValue("")
    );
  });

  test("typing narrows the client list by name or id, in any script", async () => {
    const actions = fakeActions();
    renderPane(<ComplaintsPage actions={actions} version={0} onChanged={jest.fn()} />);
    await waitFor(() => expect(actions.listClients).toHaveBeenCalled());
    const box = screen.getByRole("combobox", { name: /^Client/ });
    fireEvent.change(box, { target: { value: "陳" } });
    fireEvent.click(box);
    const options = await screen.findAllByRole("option");
    expect(options.map((o) => o.textContent)).toEqual(["陳美玲 (C-0003)"]);
    fireEvent.change(box, { target: { value: "c-000" } });
    expect((await screen.findAllByRole("option")).length).toBe(3);
  });

  test("shows the five steps and the RMLSP checklist from the register's guidance", async () => {
    renderPane(
      <ComplaintsPage actions={fakeActions()} version={0} onChanged={jest.fn()} />,
      "zh-TW"
    );
    const checklist = await screen.findByRole("group", { name: "先處理情緒：RMLSP 檢查" });
    const boxes = within(checklist).getAllByRole("checkbox");
    expect(boxes).toHaveLength(RMLSP.length);
    expect(
      within(checklist).getByRole("checkbox", { name: `R · ${RMLSP[0].title["zh-TW"]}` })
    ).not.toBeChecked();
    fireEvent.click(boxes[0]);
    expect(boxes[0]).toBeChecked();
    fireEvent.click(screen.getByRole("button", { name: "處理步驟（五步）" }));
    for (const step of COMPLAINT_PROCEDURE)
      expect(await screen.findByText(step.title["zh-TW"])).toBeInTheDocument();
  });

  test("lists open complaints, flags overdue ones and offers only the allowed next status", async () => {
    const actions = fakeActions();
    const onChanged = jest.fn();
    renderPane(<ComplaintsPage actions={actions} version={0} onChanged={onChanged} />);
    const status = await screen.findByRole("combobox", {
      name: "Status of complaint CP-2024-0001",
    });
    const card = status.closest(".fui-Card") as HTMLElement;
    expect(within(card).getByText("Overdue")).toBeInTheDocument();
    expect(within(card).getByText("due May 4, 2024")).toBeInTheDocument();
    fireEvent.click(status);
    const options = await screen.findAllByRole("option");
    expect(options.map((o) => o.textContent)).toEqual(["Open", "In progress"]);
    fireEvent.click(screen.getByRole("option", { name: "In progress" }));
    await waitFor(() =>
      expect(actions.setComplaintStatus).toHaveBeenCalledWith(
        "CP-2024-0001",
        "in-progress",
        todayIso()
      )
    );
    expect(
      await screen.findByText("Complaint CP-2024-0001 is now In progress.")
    ).toBeInTheDocument();
    expect(onChanged).toHaveBeenCalled();
  });

  test("a refused status change is explained", async () => {
    const actions = fakeActions({
      setComplaintStatus: jest.fn(async () =>
        Promise.reject(new ActionError("invalid", "CP-2024-0001 is open; it cannot move to closed"))
      ),
    });
    renderPane(<ComplaintsPage actions={actions} version={0} onChanged={jest.fn()} />);
    fireEvent.click(
      await screen.findByRole("combobox", { name: "Status of complaint CP-2024-0001" })
    );
    fireEvent.click(await screen.findByRole("option", { name: "In progress" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Some input isn't valid: CP-2024-0001 is open; it cannot move to closed."
    );
  });
});
