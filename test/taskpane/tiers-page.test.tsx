/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import * as React from "react";
import { TiersPage } from "../../src/taskpane/components/TiersPage";
import { DEFAULT_SETTINGS } from "../../src/register/settings";
import { fakeActions } from "./fake-actions";
import { renderPane } from "./render";

jest.setTimeout(30_000);

describe("tiers page", () => {
  test("shows the Settings thresholds and weights, and saves edited values", async () => {
    const actions = fakeActions();
    const onChanged = jest.fn();
    renderPane(<TiersPage actions={actions} version={0} onChanged={onChanged} />);
    const gold = await screen.findByLabelText("Gold from");
    expect(gold).toHaveValue("500,000");
    expect(screen.getByLabelText("Diamond from")).toHaveValue("5,000,000");
    expect(screen.getByLabelText("D Deal value")).toHaveValue("25");
    expect(screen.getByRole("checkbox", { name: "C Deal risk: counts against" })).toBeChecked();
    expect(
      screen.getByRole("checkbox", { name: "A Share of business: counts against" })
    ).not.toBeChecked();

    fireEvent.change(gold, { target: { value: "800,000" } });
    fireEvent.change(screen.getByLabelText("D Deal value"), { target: { value: "30" } });
    fireEvent.click(screen.getByRole("checkbox", { name: "A Share of business: counts against" }));
    fireEvent.change(screen.getByLabelText("Value cut (0–100)"), { target: { value: "60" } });
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));

    await waitFor(() => expect(actions.saveSettings).toHaveBeenCalledTimes(1));
    const saved = actions.saveSettings.mock.calls[0][0];
    expect(saved.tierThresholds).toEqual([5_000_000, 1_000_000, 800_000, 10_000]);
    expect(saved.factors.D).toEqual({ weight: 30, against: false });
    expect(saved.factors.A).toEqual({ weight: 20, against: true });
    expect(saved.gradeValueCut).toBe(60);
    expect(saved.slaDays).toEqual(DEFAULT_SETTINGS.slaDays);
    expect(
      await screen.findByText("Settings saved. Tiers now follow the new values.")
    ).toBeInTheDocument();
    expect(onChanged).toHaveBeenCalled();
  });

  test("in Chinese, thresholds also read in 万 / 萬, and a typed 万 amount is saved in full", async () => {
    const actions = fakeActions();
    renderPane(<TiersPage actions={actions} version={0} onChanged={jest.fn()} />, "zh-TW");
    const diamond = await screen.findByLabelText("鑽石客戶起點");
    expect(diamond).toHaveValue("5,000,000");
    expect(screen.getByText("500萬")).toBeInTheDocument();
    const gold = screen.getByLabelText("黃金客戶起點");
    fireEvent.change(gold, { target: { value: "80萬" } });
    expect(screen.getByText("80萬")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "儲存設定" }));
    await waitFor(() => expect(actions.saveSettings).toHaveBeenCalledTimes(1));
    expect(actions.saveSettings.mock.calls[0][0].tierThresholds).toEqual([
      5_000_000, 1_000_000, 800_000, 10_000,
    ]);
  });

  test("a threshold above the tier before it is highlighted and not saved", async () => {
    const actions = fakeActions();
    renderPane(<TiersPage actions={actions} version={0} onChanged={jest.fn()} />);
    const gold = await screen.findByLabelText("Gold from");
    fireEvent.change(gold, { target: { value: "2000000" } });
    fireEvent.change(screen.getByLabelText("Difficulty cut (0–100)"), { target: { value: "120" } });
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Thresholds must go down from Diamond to VIP");
    expect(alert).toHaveTextContent("Cuts must be between 0 and 100.");
    expect(gold).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText("Difficulty cut (0–100)")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText("Value cut (0–100)")).not.toHaveAttribute("aria-invalid", "true");
    expect(actions.saveSettings).not.toHaveBeenCalled();
  });

  test("recompute shows the clients per tier", async () => {
    const actions = fakeActions();
    renderPane(<TiersPage actions={actions} version={0} onChanged={jest.fn()} />, "zh-CN");
    fireEvent.click(await screen.findByRole("button", { name: "重新分级" }));
    expect(await screen.findByText("已重新分级：2 位客户级别有变化。")).toBeInTheDocument();
    const counts = screen.getByText("各级客户数").parentElement as HTMLElement;
    expect(
      within(within(counts).getByText("钻石客户").parentElement as HTMLElement).getByText("1")
    ).toBeInTheDocument();
    expect(
      within(within(counts).getByText("白金客户").parentElement as HTMLElement).getByText("0")
    ).toBeInTheDocument();
  });
});
