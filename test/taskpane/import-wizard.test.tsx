/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import * as React from "react";
import { ImportWizard } from "../../src/taskpane/components/ImportWizard";
import { readFileText } from "../../src/taskpane/components/download";
import { ActionError } from "../../src/taskpane/actions";
import { fakeActions, MAPPINGS } from "./fake-actions";

jest.setTimeout(30_000);
import { renderPane } from "./render";

async function toMapping(actions = fakeActions()) {
  const onChanged = jest.fn();
  renderPane(<ImportWizard actions={actions} onChanged={onChanged} />);
  await screen.findByText("客户信息");
  fireEvent.click(screen.getByRole("button", { name: "Next" }));
  await screen.findByText("Step 2 of 5: Map columns");
  return { actions, onChanged };
}

describe("import wizard", () => {
  test("Office.js is absent: the wizard runs on the actions alone", () => {
    expect(typeof (globalThis as { Office?: unknown }).Office).toBe("undefined");
    expect(typeof (globalThis as { Excel?: unknown }).Excel).toBe("undefined");
  });

  test("step 1 lists the source sheets and pre-selects the recognised ones", async () => {
    const actions = fakeActions();
    renderPane(<ImportWizard actions={actions} onChanged={jest.fn()} />);
    const clients = await screen.findByRole("checkbox", { name: /客户信息/ });
    expect(clients).toBeChecked();
    expect(screen.getByRole("checkbox", { name: /保单/ })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: /Notes/ })).not.toBeChecked();
    expect(screen.getByText(/12 rows, 6 columns/)).toBeInTheDocument();
    expect(screen.getByText("Step 1 of 5: Choose sheets")).toBeInTheDocument();
  });

  test("with no sheet chosen, Next explains instead of calling the importer", async () => {
    const actions = fakeActions();
    renderPane(<ImportWizard actions={actions} onChanged={jest.fn()} />);
    fireEvent.click(await screen.findByRole("checkbox", { name: /客户信息/ }));
    fireEvent.click(screen.getByRole("checkbox", { name: /保单/ }));
    fireEvent.click(screen.getByRole("button", { name: "Next" }));
    expect(await screen.findByText("Choose at least one sheet.")).toBeInTheDocument();
    expect(actions.previewMapping).not.toHaveBeenCalled();
  });

  test("the mapping grid shows each column's field, confidence and samples", async () => {
    const { actions } = await toMapping();
    expect(actions.previewMapping).toHaveBeenCalledWith({
      sheets: ["客户信息", "保单"],
      kinds: [],
    });
    const grid = screen.getByRole("table", { name: "Sheet: 客户信息" });
    const phoneRow = within(grid).getByText("联系电话").closest("tr") as HTMLElement;
    expect(
      within(phoneRow).getByRole("combobox", { name: "Field for column 联系电话" })
    ).toHaveTextContent("Phone");
    expect(within(phoneRow).getByText("High (95%)")).toBeInTheDocument();
    expect(within(phoneRow).getByText("Examples: 0912345678")).toBeInTheDocument();
    const revenueRow = within(grid).getByText("年通信消费（万元）").closest("tr") as HTMLElement;
    expect(within(revenueRow).getByText("Medium (60%)")).toBeInTheDocument();
    const spareRow = within(grid).getByText("备用").closest("tr") as HTMLElement;
    expect(within(spareRow).getByRole("combobox")).toHaveTextContent("Keep in notes");
    expect(within(spareRow).getByText("No values")).toBeInTheDocument();
  });

  test("each column shows why it was mapped, and two sample values", async () => {
    await toMapping();
    const grid = screen.getByRole("table", { name: "Sheet: 客户信息" });
    const phoneRow = within(grid).getByText("联系电话").closest("tr") as HTMLElement;
    expect(within(phoneRow).getByTestId("mapping-evidence")).toHaveTextContent(
      'Why: header "联系电话" names Phone; values: 95% phone numbers'
    );
    const nameRow = within(grid).getByText("客户名称").closest("tr") as HTMLElement;
    expect(within(nameRow).getByText("Examples: 王建国 · Acme Trading Ltd")).toBeInTheDocument();
    expect(within(nameRow).queryByTestId("mapping-evidence")).toBeNull();
  });

  test("several tables of one sheet are shown apart, a table that is not data with the reason", async () => {
    const tables = [
      { ...MAPPINGS[0], range: "A1:D13" },
      {
        sheet: "客户信息",
        range: "H1:I7",
        kind: null,
        reason: "it is a short list of one or two columns of labels or codes",
        columns: [{ letter: "H", header: "区域", field: null, confidence: 0, samples: ["天河"] }],
        fields: [],
      },
    ];
    await toMapping(fakeActions({ previewMapping: jest.fn(async () => tables) }));
    expect(screen.getByRole("heading", { name: "客户信息 (A1:D13)" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "客户信息 (H1:I7)" })).toBeInTheDocument();
    expect(
      screen.getByText("Not imported: it is a short list of one or two columns of labels or codes")
    ).toBeInTheDocument();
  });

  test("Export mapping downloads the mapping file of the step, with the person's changes", async () => {
    const blobs: Blob[] = [];
    const url = URL as unknown as Record<string, unknown>;
    url.createObjectURL = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return "blob:mapping";
    });
    url.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement
    ) {
      expect(this.download).toBe("mapping.json");
    });
    await toMapping();
    fireEvent.click(screen.getByRole("combobox", { name: "Field for column 联系电话" }));
    fireEvent.click(await screen.findByRole("option", { name: "Keep in notes" }));
    fireEvent.click(screen.getByRole("button", { name: "Export mapping" }));
    // The mapping file's code loads on demand, so the download follows the click a moment later.
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    click.mockRestore();
    const file = JSON.parse(await readFileText(blobs[0]));
    expect(file).toMatchObject({ format: "client-register-mapping", version: 1 });
    expect(file.sheets[0]).toEqual({
      sheet: "客户信息",
      layout: "L1-0000c11e",
      registerSheet: "Clients",
      columns: [
        { letter: "A", header: "客户名称", field: "name" },
        { letter: "B", header: "联系电话", field: null },
        { letter: "C", header: "年通信消费（万元）", field: "annualRevenue" },
        { letter: "D", header: "备用", field: null },
      ],
    });
  });

  test("Import mapping applies a mapping file (matched by layout) and marks what it changed", async () => {
    const { actions } = await toMapping();
    const file = {
      format: "client-register-mapping",
      version: 1,
      sheets: [
        {
          sheet: "Sheet renamed since",
          layout: "L1-0000c11e",
          registerSheet: "Clients",
          columns: [
            { letter: "A", header: "客户名称", field: "name" },
            { letter: "C", header: "年通信消费（万元）", field: "annualIncome" },
          ],
        },
      ],
    };
    const input = screen.getByLabelText("Mapping file");
    fireEvent.change(input, {
      target: {
        files: [new File([JSON.stringify(file)], "mine.json", { type: "application/json" })],
      },
    });
    expect(await screen.findByText("The mapping in mine.json was applied.")).toBeInTheDocument();
    expect(actions.previewMapping).toHaveBeenLastCalledWith({
      sheets: ["客户信息", "保单"],
      kinds: [{ sheet: "客户信息", kind: "Clients" }],
    });
    const revenueRow = screen.getByText("年通信消费（万元）").closest("tr") as HTMLElement;
    expect(within(revenueRow).getByRole("combobox")).toHaveTextContent("Annual income");
    expect(within(revenueRow).getByText("changed")).toBeInTheDocument();
    const nameRow = screen.getByText("客户名称").closest("tr") as HTMLElement;
    expect(within(nameRow).queryByText("changed")).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: "Next" }));
    await waitFor(() => expect(actions.previewImport).toHaveBeenCalled());
    expect(actions.previewImport.mock.calls[0][0].overrides).toEqual([
      { sheet: "客户信息", header: "年通信消费（万元）", field: "annualIncome" },
    ]);
  });

  test("a file that is not a mapping file is named in one line and changes nothing", async () => {
    const { actions } = await toMapping();
    fireEvent.change(screen.getByLabelText("Mapping file"), {
      target: { files: [new File(['{"format":"other"}'], "notes.json")] },
    });
    expect(await screen.findByRole("alert")).toHaveTextContent(
      'Could not use notes.json: This is not a mapping file (its "format" is not "client-register-mapping").'
    );
    expect(actions.previewMapping).toHaveBeenCalledTimes(1);
  });

  test("a field changed with the dropdown is sent as an override to preview and import", async () => {
    const { actions, onChanged } = await toMapping();
    fireEvent.click(screen.getByRole("combobox", { name: "Field for column 年通信消费（万元）" }));
    fireEvent.click(await screen.findByRole("option", { name: "Annual income" }));
    const revenueRow = screen.getByText("年通信消费（万元）").closest("tr") as HTMLElement;
    expect(within(revenueRow).getByRole("combobox")).toHaveTextContent("Annual income");
    expect(within(revenueRow).getByText("changed")).toBeInTheDocument();

    fireEvent.click(screen.getByRole("button", { name: "Next" }));
    await screen.findByText("Step 3 of 5: Check");
    const expected = {
      sheets: ["客户信息", "保单"],
      kinds: [],
      overrides: [{ sheet: "客户信息", header: "年通信消费（万元）", field: "annualIncome" }],
      lang: "en",
    };
    expect(actions.previewImport).toHaveBeenCalledWith(expected);

    const counts = screen.getByTestId("import-counts");
    for (const [label, value] of [
      ["Source rows", "17"],
      ["New", "12"],
      ["Merged", "2"],
      ["Skipped", "2"],
      ["Rejected", "1"],
    ]) {
      expect(
        within(within(counts).getByText(label).parentElement as HTMLElement).getByText(value)
      ).toBeInTheDocument();
    }
    expect(screen.getByText("First issues (2 of 5)")).toBeInTheDocument();
    expect(screen.getByText("Not a number. (n/a)")).toBeInTheDocument();

    fireEvent.click(screen.getByRole("button", { name: "Import" }));
    await screen.findByText("Import finished", { selector: "h3" });
    expect(actions.runImport).toHaveBeenCalledWith(expected, expect.any(Function));
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect(
      screen.getByText("12 new, 2 merged, 2 skipped and 1 rejected, of 17 source rows.")
    ).toBeInTheDocument();
    // The toast counts every row the import did not take too.
    expect(
      await screen.findByText("Imported: 12 new, 2 merged, 2 skipped, 1 rejected.")
    ).toBeInTheDocument();
  });

  test("setting a column to keep in notes sends a null field; setting it back removes the override", async () => {
    const { actions } = await toMapping();
    const phone = () => screen.getByRole("combobox", { name: "Field for column 联系电话" });
    fireEvent.click(phone());
    fireEvent.click(await screen.findByRole("option", { name: "Keep in notes" }));
    fireEvent.click(screen.getByRole("combobox", { name: "Field for column 客户名称" }));
    fireEvent.click(await screen.findByRole("option", { name: "Notes" }));
    fireEvent.click(phone());
    fireEvent.click(await screen.findByRole("option", { name: "Phone" }));
    fireEvent.click(screen.getByRole("button", { name: "Next" }));
    await waitFor(() => expect(actions.previewImport).toHaveBeenCalled());
    expect(actions.previewImport.mock.calls[0][0].overrides).toEqual([
      { sheet: "客户信息", header: "客户名称", field: "notes" },
    ]);
  });

  test("correcting a sheet's kind reads the mapping again with that kind", async () => {
    const { actions } = await toMapping();
    const kinds = screen.getAllByRole("combobox", { name: "Register sheet" });
    fireEvent.click(kinds[1]);
    fireEvent.click(await screen.findByRole("option", { name: "Assets" }));
    await waitFor(() => expect(actions.previewMapping).toHaveBeenCalledTimes(2));
    expect(actions.previewMapping).toHaveBeenLastCalledWith({
      sheets: ["客户信息", "保单"],
      kinds: [{ sheet: "保单", kind: "Assets" }],
    });
  });

  test("the result links to the Import Issues sheet and shows it", async () => {
    await toMapping();
    fireEvent.click(screen.getByRole("button", { name: "Next" }));
    fireEvent.click(await screen.findByRole("button", { name: "Import" }));
    const link = await screen.findByRole("button", { name: "Open the Import Issues sheet (5)" });
    fireEvent.click(link);
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByText("Not a number.")).toBeInTheDocument();
  });

  test("while importing, the progress bar reports how far it is", async () => {
    let finish: () => void = () => undefined;
    const actions = fakeActions({
      runImport: jest.fn(
        (_request, onProgress) =>
          new Promise((resolve) => {
            onProgress(0.4);
            finish = () =>
              resolve({
                counts: { sourceRows: 1, imported: 1, merged: 0, skipped: 0, rejected: 0 },
                issues: [],
                issueCount: 0,
                issuesSheet: null,
              });
          })
      ),
    });
    await toMapping(actions);
    fireEvent.click(screen.getByRole("button", { name: "Next" }));
    fireEvent.click(await screen.findByRole("button", { name: "Import" }));
    const bar = await screen.findByRole("progressbar");
    expect(bar).toHaveAttribute("aria-valuenow", "0.4");
    expect(screen.getByText("Importing… 40%")).toBeInTheDocument();
    finish();
    await screen.findByText("Import finished", { selector: "h3" });
    expect(screen.queryByRole("button", { name: /Import Issues/ })).not.toBeInTheDocument();
  });

  test("a failed import says what to do next and returns to the check step", async () => {
    const actions = fakeActions({
      runImport: jest.fn(async () =>
        Promise.reject(new ActionError("protected", "Clients is protected"))
      ),
    });
    await toMapping(actions);
    fireEvent.click(screen.getByRole("button", { name: "Next" }));
    fireEvent.click(await screen.findByRole("button", { name: "Import" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Unprotect it");
    expect(alert).toHaveTextContent("Clients is protected");
    expect(screen.getByText("Step 3 of 5: Check")).toBeInTheDocument();
  });

  test("the wizard speaks Chinese when the pane does", async () => {
    renderPane(<ImportWizard actions={fakeActions()} onChanged={jest.fn()} />, "zh-CN");
    await screen.findByText("客户信息");
    fireEvent.click(screen.getByRole("button", { name: "下一步" }));
    expect(await screen.findByText("第 2 步，共 5 步：对应列")).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "列“联系电话”的字段" })).toHaveTextContent("电话");
    expect(MAPPINGS[0].columns[1].field).toBe("phone");
  });
});
