import {
  onGenerateReviews,
  onRibbonFailure,
  reportRibbonFailure,
  runGenerateReviews,
  setGenerateReviewsAction,
} from "../../src/commands/generate-reviews";
import { buildRegisterPlan } from "../../src/workbook/register-plan";
import { applyPlan } from "../../src/workbook/office/apply-plan";
import {
  asExcelContext,
  FakeRequestContext,
  installFakeExcel,
  WorkbookModel,
} from "../workbook/office/fake-excel";

jest.setTimeout(60_000);

afterEach(() => setGenerateReviewsAction(null));

const quietly = async <T>(work: () => Promise<T>): Promise<T> => {
  const log = jest.spyOn(console, "error").mockImplementation(() => undefined);
  try {
    return await work();
  } finally {
    log.mockRestore();
  }
};

describe("runGenerateReviews", () => {
  test("runs the job itself when the pane has not supplied one (cold runtime)", async () => {
    const fallback = jest.fn().mockResolvedValue(undefined);
    await runGenerateReviews(fallback);
    expect(fallback).toHaveBeenCalledTimes(1);
  });

  test("runs the pane's job, in the pane's language, when the pane supplied one", async () => {
    const job = jest.fn().mockResolvedValue(undefined);
    const fallback = jest.fn().mockResolvedValue(undefined);
    setGenerateReviewsAction(job);
    await runGenerateReviews(fallback);
    expect(job).toHaveBeenCalledTimes(1);
    expect(fallback).not.toHaveBeenCalled();
  });

  test("on a cold runtime the default job writes the reviews into the open workbook", async () => {
    const model = new WorkbookModel();
    await applyPlan(
      asExcelContext(new FakeRequestContext(model)),
      buildRegisterPlan({
        lang: "en",
        formulaStyle: "live",
        records: {
          Clients: [
            { clientId: "C-0001", name: "Li Lei", kind: "person", annualRevenue: 1_200_000 },
            { clientId: "C-0002", name: "Acme", kind: "enterprise", annualRevenue: 30_000 },
          ],
        },
      })
    );
    const excel = installFakeExcel(model);
    const office = globalThis as unknown as { Office: { context: Record<string, unknown> } };
    office.Office.context.displayLanguage = "zh-CN";
    try {
      await runGenerateReviews();
      const generated = model.names.filter((n) => n.name.startsWith("CR_Generated_"));
      expect(generated).toHaveLength(3); // the book review and one per client
      expect(excel.runOptions.every((o) => JSON.stringify(o) === '{"delayForCellEdit":true}')).toBe(
        true
      );
    } finally {
      excel.uninstall();
      delete office.Office.context.displayLanguage;
    }
  });
});

describe("onGenerateReviews (the ribbon function command)", () => {
  test("signals completion only after the job has finished", async () => {
    const order: string[] = [];
    const event = { completed: jest.fn(() => order.push("completed")) };
    await onGenerateReviews(event, async () => {
      await Promise.resolve();
      order.push("job done");
    });
    expect(order).toEqual(["job done", "completed"]);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  test("reports a failure to the user and still signals completion", async () => {
    const event = { completed: jest.fn() };
    const failure = new Error("sheet Clients is missing");
    const report = jest.fn().mockResolvedValue(undefined);
    await expect(
      onGenerateReviews(event, () => Promise.reject(failure), report)
    ).resolves.toBeUndefined();
    expect(report).toHaveBeenCalledWith(failure);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  test("runs the pane's job by default", async () => {
    const job = jest.fn().mockResolvedValue(undefined);
    setGenerateReviewsAction(job);
    const event = { completed: jest.fn() };
    await onGenerateReviews(event);
    expect(job).toHaveBeenCalledTimes(1);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});

describe("reportRibbonFailure", () => {
  test("opens the pane and hands it the failure; one that came before the pane listened waits for it", async () => {
    const showTaskpane = jest.fn().mockResolvedValue(undefined);
    const early = new Error("before the pane");
    await quietly(() => reportRibbonFailure(early, showTaskpane));
    expect(showTaskpane).toHaveBeenCalledTimes(1);

    const seen: unknown[] = [];
    const stop = onRibbonFailure((error) => seen.push(error));
    expect(seen).toEqual([early]);
    const late = new Error("while the pane listens");
    await quietly(() => reportRibbonFailure(late, showTaskpane));
    expect(seen).toEqual([early, late]);
    stop();
  });

  test("a pane that cannot be shown does not hide the failure from the log", async () => {
    const log = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const failure = new Error("no register");
      await reportRibbonFailure(failure, () => Promise.reject(new Error("no pane")));
      expect(log).toHaveBeenCalledWith("Generate reviews failed:", failure);
    } finally {
      log.mockRestore();
    }
  });
});

describe("commands.ts", () => {
  test("associates generateReviews as soon as the script loads, without waiting for onReady", () => {
    const associate = jest.fn();
    const onReady = jest.fn(() => new Promise(() => undefined)); // never ready: a cold runtime
    (globalThis as unknown as { Office: unknown }).Office = { onReady, actions: { associate } };
    try {
      jest.isolateModules(() => {
        const isolated = require("../../src/commands/generate-reviews");
        require("../../src/commands/commands");
        expect(associate).toHaveBeenCalledWith("generateReviews", isolated.onGenerateReviews);
      });
      expect(onReady).not.toHaveBeenCalled();
    } finally {
      delete (globalThis as unknown as { Office?: unknown }).Office;
    }
  });
});
