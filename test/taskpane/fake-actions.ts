/**
 * An in-memory RegisterActions for component tests: canned answers, every call recorded as a
 * jest mock so a test can check exactly what the pane asked for.
 */
import type {
  ClientOption,
  ComplaintRow,
  ImportOutcome,
  ImportPreview,
  RegisterActions,
  RegisterSettings,
  RegisterStatus,
  SheetMapping,
  SheetView,
  SourceSheetInfo,
} from "../../src/taskpane/actions";
import { DEFAULT_SETTINGS } from "../../src/register/settings";
import { sheetDef } from "../../src/register/sheets";
import { SHEET_KEYS, type SheetKey } from "../../src/register/types";

/** The fields a person may type on a sheet, as a mapping offers them. */
const fieldsOf = (kind: SheetKey) =>
  sheetDef(kind)
    .fields.filter((f) => !f.computed)
    .map((f) => ({ key: f.key, label: f.label }));

export const CLIENTS: ClientOption[] = [
  { clientId: "C-0001", name: "王建国" },
  { clientId: "C-0002", name: "Acme Trading Ltd" },
  { clientId: "C-0003", name: "陳美玲" },
];

export const STATUS: RegisterStatus = {
  sheetsPresent: [...SHEET_KEYS],
  sheetsMissing: [],
  hasSettings: true,
  clients: 3,
  lastImport: "2024-05-26T08:00:00.000Z",
  openComplaints: 2,
  overdueComplaints: 1,
  birthdaysThisMonth: 1,
};

export const SOURCES: SourceSheetInfo[] = [
  { name: "客户信息", rows: 12, columns: 6, kind: "Clients" },
  { name: "保单", rows: 5, columns: 4, kind: "Insurance" },
  { name: "Notes", rows: 3, columns: 2, kind: null },
];

export const MAPPINGS: SheetMapping[] = [
  {
    sheet: "客户信息",
    layout: "L1-0000c11e",
    kind: "Clients",
    columns: [
      {
        letter: "A",
        header: "客户名称",
        field: "name",
        confidence: 1,
        samples: ["王建国", "Acme Trading Ltd"],
      },
      {
        letter: "B",
        header: "联系电话",
        field: "phone",
        confidence: 0.95,
        samples: ["0912345678"],
        evidence: ['header "联系电话" names Phone', "values: 95% phone numbers"],
      },
      {
        letter: "C",
        header: "年通信消费（万元）",
        field: "annualRevenue",
        confidence: 0.6,
        samples: ["120", "35.5"],
      },
      { letter: "D", header: "备用", field: null, confidence: 0, samples: [] },
    ],
    fields: fieldsOf("Clients"),
  },
  {
    sheet: "保单",
    kind: "Insurance",
    columns: [
      { letter: "A", header: "保額(萬)", field: "sumInsured", confidence: 0.9, samples: ["100"] },
    ],
    fields: fieldsOf("Insurance"),
  },
];

export const PREVIEW: ImportPreview = {
  counts: { sourceRows: 17, imported: 12, merged: 2, skipped: 2, rejected: 1 },
  issues: [
    {
      sheet: "客户信息",
      row: 7,
      column: "C (年通信消费（万元）)",
      value: "n/a",
      message: "Not a number.",
      severity: "warning",
    },
    {
      sheet: "保单",
      row: 3,
      column: null,
      value: "",
      message: "Client not found.",
      severity: "error",
    },
  ],
  issueCount: 5,
};

export const OUTCOME: ImportOutcome = { ...PREVIEW, issuesSheet: "Import Issues" };

export const ISSUES_VIEW: SheetView = {
  name: "Import Issues",
  header: ["Source sheet", "Row", "Message"],
  rows: [["客户信息", "7", "Not a number."]],
};

export const COMPLAINTS: ComplaintRow[] = [
  {
    complaintId: "CP-2024-0001",
    clientId: "C-0001",
    clientName: "王建国",
    severity: "high",
    status: "open",
    nextStatuses: ["in-progress"],
    receivedOn: "2024-05-01",
    dueOn: "2024-05-04",
    overdue: true,
    description: "Card blocked twice",
  },
];

export const SETTINGS: RegisterSettings = DEFAULT_SETTINGS;

export type FakeActions = {
  [K in keyof RegisterActions]-?: RegisterActions[K] extends (...args: infer A) => infer R
    ? jest.Mock<R, A>
    : RegisterActions[K];
};

export function fakeActions(
  overrides: Partial<RegisterActions> = {}
): FakeActions & RegisterActions {
  const fake = {
    mode: "excel" as const,
    status: jest.fn(async () => STATUS),
    setUp: jest.fn(async () => ({ added: ["Clients", "Settings"], kept: ["Family"] })),
    listSourceSheets: jest.fn(async () => SOURCES),
    previewMapping: jest.fn(async () => MAPPINGS),
    previewImport: jest.fn(async () => PREVIEW),
    runImport: jest.fn(async (_request, onProgress: (f: number) => void) => {
      onProgress(0.5);
      return OUTCOME;
    }),
    showSheet: jest.fn(async () => ISSUES_VIEW),
    getSettings: jest.fn(async () => SETTINGS),
    saveSettings: jest.fn(async () => undefined),
    recomputeTiers: jest.fn(async () => ({
      counts: { diamond: 1, platinum: 0, gold: 1, vip: 0, standard: 1 },
      changed: 2,
    })),
    listClients: jest.fn(async () => CLIENTS),
    selectedClient: jest.fn(async () => CLIENTS[1]),
    complaintDueDate: jest.fn(async () => "2024-06-03"),
    addComplaint: jest.fn(async () => ({ complaintId: "CP-2024-0002", dueOn: "2024-06-03" })),
    listOpenComplaints: jest.fn(async () => COMPLAINTS),
    setComplaintStatus: jest.fn(async () => undefined),
    addVisit: jest.fn(async () => undefined),
    generateBookReview: jest.fn(async () => ({ sheet: "Book Review" })),
    generateClientReviews: jest.fn(async (ids: string[]) => ({
      sheets: ids.map((id) => `Review ${id}`),
    })),
    file: undefined,
    ...overrides,
  };
  return fake as unknown as FakeActions & RegisterActions;
}
