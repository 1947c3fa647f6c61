/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import * as React from "react";
import { ReviewsPage } from "../../src/taskpane/components/ReviewsPage";
import { fakeActions } from "./fake-actions";
import { renderPane } from "./render";

jest.setTimeout(30_000);

describe("reviews page", () => {
  test("book review in one click, with the mask option and the pane's language", async () => {
    const actions = fakeActions();
    renderPane(<ReviewsPage actions={actions} version={0} onChanged={jest.fn()} />, "zh-TW");
    fireEvent.click(
      screen.getByRole("checkbox", { name: "隱藏個人資料（電話、電郵、地址、生日、收入）以便分享" })
    );
    fireEvent.click(screen.getByRole("button", { name: "產生總覽表" }));
    await waitFor(() =>
      expect(actions.generateBookReview).toHaveBeenCalledWith({ lang: "zh-TW", mask: true })
    );
    expect(await screen.findByText("總覽已寫入工作表 Book Review。")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "開啟工作表 Book Review" }));
    await waitFor(() => expect(actions.showSheet).toHaveBeenCalledWith("Book Review"));
  });

  test("client review for the selected Clients row", async () => {
    const actions = fakeActions();
    renderPane(<ReviewsPage actions={actions} version={0} onChanged={jest.fn()} />);
    fireEvent.click(screen.getByRole("button", { name: "Use the selected Clients row" }));
    expect(await screen.findByText("Selected: Acme Trading Ltd")).toBeInTheDocument();
    expect(screen.getByText("Chosen: Acme Trading Ltd")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Generate client reviews" }));
    await waitFor(() =>
      expect(actions.generateClientReviews).toHaveBeenCalledWith(["C-0002"], {
        lang: "en",
        mask: false,
      })
    );
    expect(await screen.findByText("Client review sheets written: 1.")).toBeInTheDocument();
  });

  test("without a selection it says how to choose; with no client chosen nothing is generated", async () => {
    const actions = fakeActions({ selectedClient: jest.fn(async () => null) });
    renderPane(<ReviewsPage actions={actions} version={0} onChanged={jest.fn()} />);
    fireEvent.click(screen.getByRole("button", { name: "Use the selected Clients row" }));
    expect(await screen.findByText(/No client row is selected/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Generate client reviews" }));
    expect(await screen.findByText("Choose at least one client.")).toBeInTheDocument();
    expect(actions.generateClientReviews).not.toHaveBeenCalled();
  });

  test("several clients picked from the list", async () => {
    const actions = fakeActions({ mode: "preview" });
    renderPane(<ReviewsPage actions={actions} version={0} onChanged={jest.fn()} />);
    expect(
      screen.queryByRole("button", { name: "Use the selected Clients row" })
    ).not.toBeInTheDocument();
    await waitFor(() => expect(actions.listClients).toHaveBeenCalled());
    const box = screen.getByRole("combobox", { name: /Clients to review/ });
    fireEvent.click(box);
    // Fluent gives the options of a multi-select list the menuitemcheckbox role.
    fireEvent.click(await screen.findByRole("menuitemcheckbox", { name: "王建国 (C-0001)" }));
    fireEvent.click(screen.getByRole("menuitemcheckbox", { name: "陳美玲 (C-0003)" }));
    expect(screen.getByText("Chosen: 王建国, 陳美玲")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Generate client reviews" }));
    await waitFor(() =>
      expect(actions.generateClientReviews).toHaveBeenCalledWith(["C-0001", "C-0003"], {
        lang: "en",
        mask: false,
      })
    );
    expect(
      (await screen.findAllByText("Download the workbook to keep the review sheets.")).length
    ).toBeGreaterThan(0);
  });
});
