import { main } from "../../src/cli/main";
import { progressBar } from "../../src/cli/progress";
import * as path from "path";

jest.setTimeout(60_000);

describe("the import's progress bar", () => {
  it("draws the stage, counts, elapsed and remaining time on a terminal, at most ten times a second", () => {
    const drawn: string[] = [];
    let clock = 0;
    const bar = progressBar({ write: (t) => drawn.push(t), columns: 100 }, () => clock);
    clock = 1_000;
    bar.update("read", 50_000, undefined, 0.5);
    clock = 1_050;
    bar.update("read", 60_000, undefined, 0.6); // too soon: not drawn
    clock = 10_000;
    bar.update("normalise", 500, 1_000);
    bar.end();
    expect(drawn).toHaveLength(3);
    expect(drawn[0]).toMatch(/^\r\[#{4}-{20}\] 50,000 rows read · 0:01 elapsed · ~0:05 left/);
    expect(drawn[1]).toMatch(
      /^\r\[#{12}-{12}\] 500 \/ 1,000 rows normalised · 0:10 elapsed · ~0:10 left/
    );
    expect(drawn[2].trim()).toBe("");
  });

  it("stays quiet when the output is not a terminal", async () => {
    const out: string[] = [];
    const err: string[] = [];
    const source = path.join(__dirname, "../fixtures/formats/clients.ods");
    const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l) };
    expect(await main(["import", source, "--dry-run"], io)).toBe(0);
    expect(err).toEqual([]);
    // The summary and the mapping it used, and no progress drawing among them.
    expect(out[0]).toMatch(/^來源資料 5 列：匯入 5/);
    expect(
      out.some((line) => line.includes("\r") || /rows (read|normalised|written)/.test(line))
    ).toBe(false);
  });

  it("draws while importing on a terminal and clears the line at the end", async () => {
    const drawn: string[] = [];
    const source = path.join(__dirname, "../fixtures/formats/clients.xlsx");
    const io = {
      out: () => undefined,
      err: () => undefined,
      progress: { write: (t: string) => drawn.push(t), columns: 80 },
    };
    expect(await main(["import", source, "--dry-run"], io)).toBe(0);
    expect(drawn[0]).toMatch(/rows read/);
    expect(drawn[drawn.length - 1].trim()).toBe("");
  });
});
