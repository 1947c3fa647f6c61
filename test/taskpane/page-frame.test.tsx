/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen } from "@testing-library/react";
import * as React from "react";
import { PageFrame } from "../../src/taskpane/pages";
import { renderPane } from "./render";

/** A page whose code arrives after a turn, as a chunk fetched from the add-in's server does. */
function pageArriving(text: string): React.ComponentType {
  return React.lazy(async () => ({ default: () => <p>{text}</p> }));
}

/** A page whose chunk cannot be fetched (the server went away while the pane stayed open). */
function pageUnreachable(): React.ComponentType {
  return React.lazy(() => Promise.reject(new Error("Loading chunk page-import failed.")));
}

describe("pages load when their tab is first opened", () => {
  test("a spinner in the pane's language while the page's code arrives, then the page", async () => {
    const Page = pageArriving("Import a workbook");
    renderPane(
      <PageFrame>
        <Page />
      </PageFrame>,
      "zh-CN"
    );
    expect(screen.getByText("正在加载…").closest("[aria-busy=true]")).not.toBeNull();
    expect(await screen.findByText("Import a workbook")).toBeInTheDocument();
    expect(screen.queryByText("正在加载…")).not.toBeInTheDocument();
  });

  test.each([
    ["en", "That didn't work"],
    ["zh-CN", "操作未完成"],
    ["zh-TW", "操作未完成"],
  ] as const)(
    "a page that cannot be fetched is a failure notice in %s, not a blank pane",
    async (lang, title) => {
      const quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
      const Page = pageUnreachable();
      renderPane(
        <>
          <nav>tabs stay</nav>
          <PageFrame>
            <Page />
          </PageFrame>
        </>,
        lang
      );
      const alert = await screen.findByRole("alert");
      expect(alert).toHaveTextContent(title);
      expect(alert).toHaveTextContent("Loading chunk page-import failed.");
      expect(screen.getByText("tabs stay")).toBeInTheDocument();
      quiet.mockRestore();
    }
  );
});
