/** Small hand-built WorkbookPlans for the Office.js adapter tests. */
import type {
  ColumnPlan,
  PlanCell,
  SheetPlan,
  TablePlan,
  WorkbookPlan,
} from "../../../src/workbook/plan";

export const CLIENT_COLUMNS: ColumnPlan[] = [
  { key: "clientId", header: "Client ID", type: "id", width: 12, numberFormat: "@" },
  { key: "name", header: "Name", type: "text", width: 20, numberFormat: "@" },
  {
    key: "kind",
    header: "Client type",
    type: "enum",
    width: 14,
    numberFormat: "@",
    validation: { kind: "list", values: ["person", "enterprise"] },
    note: "person = Person\nenterprise = Enterprise",
  },
  { key: "phone", header: "Phone", type: "phone", width: 16, numberFormat: "@" },
  {
    key: "birthday",
    header: "Birthday",
    type: "date",
    width: 12,
    numberFormat: "yyyy-mm-dd",
    validation: { kind: "date" },
  },
  {
    key: "annualRevenue",
    header: "Annual revenue",
    type: "money",
    width: 15,
    numberFormat: "#,##0.00",
    validation: { kind: "decimal", min: 0 },
  },
  {
    key: "married",
    header: "Married",
    type: "boolean",
    width: 10,
    validation: { kind: "list", values: ["TRUE", "FALSE"] },
  },
  { key: "notes", header: "Notes", type: "text", width: 36, numberFormat: "@" },
];

export function clientsSheet(
  rows: PlanCell[][] = [],
  overrides: Partial<SheetPlan> = {}
): SheetPlan {
  return {
    name: "Clients",
    registerKey: "Clients",
    table: { name: "tblClients", columns: CLIENT_COLUMNS, rows, style: "TableStyleMedium2" },
    freezeRows: 1,
    conditionalFormats: [
      { kind: "expression", range: "A2:H1001", formula: "$F2>1000000", fill: "#C6EFCE" },
    ],
    print: {
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: true,
      headerText: "Clients & more",
      footerText: "Client Register",
    },
    ...overrides,
  };
}

export const TIER_COLUMNS: ColumnPlan[] = [
  { key: "clientId", header: "Client ID", type: "id", width: 12, numberFormat: "@" },
  {
    key: "annualRevenue",
    header: "Annual revenue",
    type: "formula",
    width: 15,
    numberFormat: "#,##0.00",
    formula:
      "INDEX(tblClients[[Annual revenue]],MATCH(tblTiers[[#This Row],[Client ID]],tblClients[[Client ID]],0))",
  },
  {
    key: "valueScore",
    header: "Value score",
    type: "score",
    width: 10,
    numberFormat: "0.0",
    validation: { kind: "decimal", min: 0, max: 100 },
  },
];

export function tiersSheet(rows: PlanCell[][] = []): SheetPlan {
  const table: TablePlan = {
    name: "tblTiers",
    columns: TIER_COLUMNS,
    rows,
    style: "TableStyleMedium2",
  };
  return {
    name: "Tiers",
    registerKey: "Tiers",
    table,
    freezeRows: 1,
    conditionalFormats: [{ kind: "dataBar", range: "C2:C1001", color: "#638EC6" }],
  };
}

export function settingsSheet(): SheetPlan {
  return {
    name: "Settings",
    grid: [
      ["Settings"],
      ["Setting", "Value", "Code"],
      ["SLA days (high)", 5, "high"],
      ["Currency", "CNY", "currency"],
      ["Business days", true, "businessDays"],
      ["=not a formula, a label", { formula: "SUM(B3:B3)*2" }, "00123"],
    ],
    gridFormats: { B3: "0" },
    gridWidths: [30, 12, 14],
    gridValidations: {
      B3: { kind: "whole", min: 0 },
      B5: { kind: "list", values: ["TRUE", "FALSE"] },
    },
    freezeRows: 0,
    conditionalFormats: [],
  };
}

export function registerPlan(
  clientRows: PlanCell[][] = [],
  extra: Partial<WorkbookPlan> = {}
): WorkbookPlan {
  return {
    lang: "en",
    formulaStyle: "portable",
    sheets: [clientsSheet(clientRows), tiersSheet(), settingsSheet()],
    names: [
      {
        name: "SlaHigh",
        ref: "Settings!$B$3",
        comment: "Days to resolve a high-severity complaint",
      },
      { name: "ClientIds", ref: "Clients!$A$2:$A$1001" },
    ],
    ...extra,
  };
}

/** A plan with one plain table of `count` generated rows (5 columns) and nothing else. */
export function bulkPlan(
  count: number,
  text: (i: number) => string = (i) => `Client ${i}`
): WorkbookPlan {
  const columns: ColumnPlan[] = [
    { key: "clientId", header: "Client ID", type: "id", width: 12, numberFormat: "@" },
    { key: "name", header: "Name", type: "text", width: 20, numberFormat: "@" },
    {
      key: "clientSince",
      header: "Client since",
      type: "date",
      width: 12,
      numberFormat: "yyyy-mm-dd",
    },
    {
      key: "annualRevenue",
      header: "Annual revenue",
      type: "money",
      width: 15,
      numberFormat: "#,##0.00",
    },
    { key: "notes", header: "Notes", type: "text", width: 36, numberFormat: "@" },
  ];
  const rows: PlanCell[][] = Array.from({ length: count }, (_, i) => [
    `C-${String(i + 1).padStart(6, "0")}`,
    text(i),
    "2020-01-31",
    i * 10.5,
    i % 3 === 0 ? null : `note ${i}`,
  ]);
  return {
    lang: "en",
    formulaStyle: "portable",
    sheets: [
      {
        name: "Clients",
        registerKey: "Clients",
        table: { name: "tblClients", columns, rows, style: "TableStyleMedium2" },
        freezeRows: 1,
        conditionalFormats: [],
      },
    ],
    names: [],
  };
}
