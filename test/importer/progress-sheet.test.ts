/**
 * A sheet most of whose columns are a numbered series of tasks or assignments (Task 1.1, Task 1.2,
 * 作业1, 作業2) marked or scored on each row is the progress of people working through a course or
 * a programme: trainees or students, not clients. A client list with a column or two numbered so
 * (a Task 1 | Task 2 to-do beside the client's details) stays a client list. Invented sheets only.
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { INVENTED_PEOPLE, readAs, sheet } from "./helpers";

describe("a progress sheet of numbered tasks", () => {
  it.each([
    ["en", ["Team", "Name", "Task 1", "Task 2.1", "Task 2.2", "Task 3"]],
    ["zh-CN", ["组别", "姓名", "作业1", "作业2", "作业3", "作业4"]],
    ["zh-TW", ["組別", "姓名", "作業1", "作業2", "作業3", "作業4"]],
  ] as const)("holds no clients (%s)", (lang, header) => {
    const rows: SourceCell[][] = [[...header]];
    INVENTED_PEOPLE[lang]
      .slice(0, 8)
      .forEach((person, i) =>
        rows.push([["A", "B"][i % 2], person, 1, i % 3 === 0 ? 0 : 1, (i * 7) % 10, i % 2])
      );
    const r = importWorkbook([sheet("Status", rows)]);
    expect(readAs(r, "Status")).toBeNull();
    expect(r.records.Clients ?? []).toHaveLength(0);
    const said = r.issues.find((i) => i.code === "import.sheet-not-data");
    expect(said?.params?.reason).toBe("sheet.why.progress");
    for (const l of ["en", "zh-CN", "zh-TW"] as const)
      expect(renderMessage("sheet.why.progress", said?.params ?? {}, l)).not.toMatch(/\{/);
  });

  it("a client list with two numbered to-dos stays a client list", () => {
    const rows: SourceCell[][] = [["Client Name", "Phone", "Email", "Task 1", "Task 2"]];
    INVENTED_PEOPLE.en
      .slice(0, 8)
      .forEach((person, i) =>
        rows.push([person, `(415) 555-01${10 + i}`, `p${i}@example.com`, "Call back", "Send quote"])
      );
    const r = importWorkbook([sheet("Clients", rows)]);
    expect(readAs(r, "Clients")).toBe("Clients");
    expect(r.records.Clients).toHaveLength(8);
  });
});
