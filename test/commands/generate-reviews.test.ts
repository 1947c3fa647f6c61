import {
  onGenerateReviews,
  runGenerateReviews,
  setGenerateReviewsAction,
} from "../../src/commands/generate-reviews";

afterEach(() => setGenerateReviewsAction(null));

describe("runGenerateReviews", () => {
  test("opens the task pane when the pane has not registered a job", async () => {
    const showTaskpane = jest.fn().mockResolvedValue(undefined);
    await runGenerateReviews(showTaskpane);
    expect(showTaskpane).toHaveBeenCalledTimes(1);
  });

  test("runs the registered job instead of opening the pane", async () => {
    const job = jest.fn().mockResolvedValue(undefined);
    const showTaskpane = jest.fn().mockResolvedValue(undefined);
    setGenerateReviewsAction(job);
    await runGenerateReviews(showTaskpane);
    expect(job).toHaveBeenCalledTimes(1);
    expect(showTaskpane).not.toHaveBeenCalled();
  });

  test("falls back to the pane again once the job is unregistered", async () => {
    const job = jest.fn().mockResolvedValue(undefined);
    const showTaskpane = jest.fn().mockResolvedValue(undefined);
    setGenerateReviewsAction(job);
    setGenerateReviewsAction(null);
    await runGenerateReviews(showTaskpane);
    expect(job).not.toHaveBeenCalled();
    expect(showTaskpane).toHaveBeenCalledTimes(1);
  });

  test("by default opens the pane through Office.addin.showAsTaskpane", async () => {
    const showAsTaskpane = jest.fn().mockResolvedValue(undefined);
    (globalThis as unknown as { Office: unknown }).Office = { addin: { showAsTaskpane } };
    try {
      await runGenerateReviews();
      expect(showAsTaskpane).toHaveBeenCalledTimes(1);
    } finally {
      delete (globalThis as unknown as { Office?: unknown }).Office;
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

  test("still signals completion when the job fails, and logs the failure", async () => {
    const event = { completed: jest.fn() };
    const failure = new Error("sheet Clients is missing");
    const log = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      await expect(
        onGenerateReviews(event, () => Promise.reject(failure))
      ).resolves.toBeUndefined();
      expect(event.completed).toHaveBeenCalledTimes(1);
      expect(log).toHaveBeenCalledWith("Generate reviews failed:", failure);
    } finally {
      log.mockRestore();
    }
  });

  test("runs the registered job by default", async () => {
    const job = jest.fn().mockResolvedValue(undefined);
    setGenerateReviewsAction(job);
    const event = { completed: jest.fn() };
    await onGenerateReviews(event);
    expect(job).toHaveBeenCalledTimes(1);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});

describe("commands.ts", () => {
  test("binds the manifest's generateReviews function command once Office is ready", () => {
    const associate = jest.fn();
    (globalThis as unknown as { Office: unknown }).Office = {
      onReady: (callback: () => void) => {
        callback();
        return Promise.resolve({ host: null, platform: null });
      },
      actions: { associate },
    };
    try {
      jest.isolateModules(() => {
        const isolated = require("../../src/commands/generate-reviews");
        require("../../src/commands/commands");
        expect(associate).toHaveBeenCalledWith("generateReviews", isolated.onGenerateReviews);
      });
    } finally {
      delete (globalThis as unknown as { Office?: unknown }).Office;
    }
  });
});
