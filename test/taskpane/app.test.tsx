/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import * as React from "react";
import "../support/pane-testing";
import { App } from "../../src/taskpane/App";
import { ActionError, type FileActions } from "../../src/taskpane/actions";
import { en } from "../../src/taskpane/i18n/en";
import { fakeActions, STATUS } from "./fake-actions";

jest.setTimeout(30_000);

function fileActions(): FileActions & { [K in keyof FileActions]: jest.Mock } {
  let name: string | null = null;
  return {
    currentFile: jest.fn(() => name),
    open: jest.fn(async (fileName: string) => {
      name = fileName;
    }),
    openSample: jest.fn(async () => {
      name = "messy-clients.xlsx";
    }),
    save: jest.fn(async () => ({
      fileName: "messy-clients-register.xlsx",
      bytes: new Uint8Array([1, 2, 3]),
    })),
  };
}

describe("task pane shell", () => {
  test("shows a failure from the ribbon's Generate reviews above the pages", async () => {
    const actions = fakeActions();
    const notice = new ActionError("busy", "InvalidOperationInCellEditMode");
    render(<App actions={actions} lang="en" dark={false} notice={notice} />);
    const alert = await screen.findByText(en.errors.busy, { exact: false });
    expect(alert.closest("[role=alert]")).not.toBeNull();
  });

  test("in Excel: home shows the register status and the next step leads there", async () => {
    const actions = fakeActions();
    render(<App actions={actions} lang="en" dark={false} />);
    expect(screen.getByText("In Excel")).toBeInTheDocument();
    const clients = await screen.findByText("Clients", { selector: "dt" });
    expect(within(clients.parentElement as HTMLElement).getByText("3")).toBeInTheDocument();
    expect(
      within(screen.getByText("Register sheets").parentElement as HTMLElement).getByText("9 of 9")
    ).toBeInTheDocument();
    expect(
      within(screen.getByText("Overdue complaints").parentElement as HTMLElement).getByText("1")
    ).toBeInTheDocument();
    expect(
      within(screen.getByText("Last import").parentElement as HTMLElement).getByText("May 26, 2024")
    ).toBeInTheDocument();
    expect(
      screen.getByText("Complaints past their due date: 1. Deal with them first.")
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Open complaints" }));
    expect(await screen.findByRole("heading", { name: "New complaint" })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Complaints" })).toHaveAttribute(
      "aria-selected",
      "true"
    );
  });

  test("an empty workbook's next step is setting up the register", async () => {
    const actions = fakeActions({
      status: jest.fn(async () => ({
        ...STATUS,
        sheetsPresent: [],
        sheetsMissing: STATUS.sheetsPresent,
        hasSettings: false,
        clients: 0,
      })),
    });
    render(<App actions={actions} lang="en" dark={false} />);
    fireEvent.click(await screen.findByRole("button", { name: "Set up the register" }));
    fireEvent.click(await screen.findByRole("button", { name: "Set up register" }));
    await waitFor(() => expect(actions.setUp).toHaveBeenCalledWith("en"));
    expect(
      await screen.findByText("Register ready: 2 sheets added, 1 already there.")
    ).toBeInTheDocument();
  });

  test("the language switch changes every label, and set-up follows it", async () => {
    const actions = fakeActions();
    const onLangChange = jest.fn();
    render(<App actions={actions} lang="en" dark={false} onLangChange={onLangChange} />);
    const select = screen.getByRole("combobox", { name: "Language" });
    fireEvent.change(select, { target: { value: "zh-TW" } });
    expect(await screen.findByRole("tab", { name: "匯入" })).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "語言" })).toHaveValue("zh-TW");
    expect(document.documentElement.lang).toBe("zh-TW");
    expect(onLangChange).toHaveBeenLastCalledWith("zh-TW");
    fireEvent.click(screen.getByRole("tab", { name: "建立" }));
    fireEvent.click(await screen.findByRole("button", { name: "建立名冊" }));
    await waitFor(() => expect(actions.setUp).toHaveBeenCalledWith("zh-TW"));
    fireEvent.change(screen.getByRole("combobox", { name: "語言" }), {
      target: { value: "zh-CN" },
    });
    expect(await screen.findByRole("tab", { name: "导入" })).toBeInTheDocument();
  });

  test("preview mode: pages wait for a workbook; the sample opens in one click; download hands over the bytes", async () => {
    const file = fileActions();
    const actions = fakeActions({ mode: "preview", file });
    const createObjectURL = jest.fn(() => "blob:result");
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const clicked = jest
      .spyOn(HTMLAnchorElement.prototype, "click")
      .mockImplementation(() => undefined);

    render(<App actions={actions} lang="en" dark={false} />);
    expect(screen.getByText("Preview")).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Import" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Download workbook" })).toBeDisabled();
    expect(actions.status).not.toHaveBeenCalled();

    fireEvent.click(screen.getAllByRole("button", { name: "Open the sample" })[0]);
    expect(await screen.findByText("Working on messy-clients.xlsx")).toBeInTheDocument();
    expect(file.openSample).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(actions.status).toHaveBeenCalled());
    expect(screen.getByRole("tab", { name: "Import" })).not.toBeDisabled();

    fireEvent.click(screen.getByRole("button", { name: "Download workbook" }));
    await waitFor(() => expect(clicked).toHaveBeenCalledTimes(1));
    const link = clicked.mock.instances[0] as unknown as HTMLAnchorElement;
    expect(link.download).toBe("messy-clients-register.xlsx");
    expect(link.href).toBe("blob:result");
    expect(await screen.findByText("Downloaded messy-clients-register.xlsx.")).toBeInTheDocument();
    clicked.mockRestore();
  });

  test("preview mode: a dropped .xlsx file is opened", async () => {
    const file = fileActions();
    render(<App actions={fakeActions({ mode: "preview", file })} lang="en" dark={false} />);
    const dropped = new File([new Uint8Array([80, 75, 3, 4])], "book.xlsx");
    Object.defineProperty(dropped, "arrayBuffer", {
      value: async () => new Uint8Array([80, 75, 3, 4]).buffer,
    });
    const dataTransfer = { types: ["Files"], files: [dropped], dropEffect: "none" };
    fireEvent.dragOver(window, { dataTransfer });
    expect(await screen.findByText("Release to open the workbook")).toBeInTheDocument();
    fireEvent.drop(window, { dataTransfer });
    await waitFor(() => expect(file.open).toHaveBeenCalledTimes(1));
    expect(file.open.mock.calls[0][0]).toBe("book.xlsx");
    expect(new Uint8Array(file.open.mock.calls[0][1])).toEqual(new Uint8Array([80, 75, 3, 4]));
    expect(await screen.findByText("Working on book.xlsx")).toBeInTheDocument();
  });
});
