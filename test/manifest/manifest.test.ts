/**
 * @jest-environment jsdom
 */
import { execFileSync, spawnSync } from "child_process";
import { existsSync, readFileSync } from "fs";
import { join } from "path";

const ROOT = join(__dirname, "..", "..");
const MANIFEST_PATH = join(ROOT, "manifest.xml");
const SCHEMA_PATH = join(ROOT, "..", "shared", "manifest-schemas", "OfficeAppManifestV1_1.xsd");
const DEV_ORIGIN = "https://localhost:3000/";
/** The production origin's placeholder (README, "Deploying"): help pages never point at localhost. */
const SUPPORT_URL = "https://client-register.example.com/support";

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";

const doc = new DOMParser().parseFromString(readFileSync(MANIFEST_PATH, "utf8"), "application/xml");

function all(ns: string, name: string, root: Document | Element = doc): Element[] {
  return Array.from(root.getElementsByTagNameNS(ns, name));
}

function one(ns: string, name: string, root: Document | Element = doc): Element {
  const found = all(ns, name, root);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0];
}

function childElements(parent: Element, name: string): Element[] {
  return Array.from(parent.children).filter((child) => child.localName === name);
}

function xsiType(element: Element): string | null {
  return element.getAttributeNS(NS.xsi, "type");
}

const versionOverrides = one(NS.ov, "VersionOverrides");
const resources = one(NS.ov, "Resources", versionOverrides);

/** Resource id → { kind, default value, locale overrides }. */
function readResources(): Map<
  string,
  { kind: ResourceKind; value: string; overrides: Map<string, string> }
> {
  const table = new Map<
    string,
    { kind: ResourceKind; value: string; overrides: Map<string, string> }
  >();
  const kinds: Array<[ResourceKind, string]> = [
    ["Images", "Image"],
    ["Urls", "Url"],
    ["ShortStrings", "String"],
    ["LongStrings", "String"],
  ];
  for (const [kind, itemName] of kinds) {
    for (const item of childElements(one(NS.bt, kind, resources), itemName)) {
      const id = item.getAttribute("id") ?? "";
      if (table.has(id)) throw new Error(`resource id ${id} is defined twice`);
      const overrides = new Map(
        childElements(item, "Override").map((o) => [
          o.getAttribute("Locale") ?? "",
          o.getAttribute("Value") ?? "",
        ])
      );
      table.set(id, { kind, value: item.getAttribute("DefaultValue") ?? "", overrides });
    }
  }
  return table;
}

const resourceTable = readResources();

/** Which resource list a `resid` must point into, judged by the element that holds it. */
function expectedKind(element: Element): ResourceKind {
  const parent = element.parentElement?.localName;
  switch (element.localName) {
    case "Image":
      return "Images";
    case "SourceLocation":
    case "FunctionFile":
    case "LearnMoreUrl":
    case "Runtime":
      return "Urls";
    case "Label":
    case "Namespace":
    case "Title":
      return "ShortStrings";
    case "Description":
      if (parent === "Supertip" || parent === "GetStarted" || parent === "VersionOverrides")
        return "LongStrings";
      break;
  }
  throw new Error(`unexpected resid on <${element.localName}> inside <${parent}>`);
}

function resolve(resid: string | null): string {
  const entry = resid ? resourceTable.get(resid) : undefined;
  if (!entry) throw new Error(`resid ${resid} is not defined in <Resources>`);
  return entry.value;
}

/** Resources are defined with `id`; everything carrying `resid` refers to one. */
function residReferences(): Element[] {
  return Array.from(versionOverrides.getElementsByTagName("*")).filter((element) =>
    element.hasAttribute("resid")
  );
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("manifest.xml", () => {
  test("is well-formed XML for a task pane add-in", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(doc.documentElement.localName).toBe("OfficeApp");
    expect(doc.documentElement.namespaceURI).toBe(NS.app);
    expect(xsiType(doc.documentElement)).toBe("TaskPaneApp");
    expect(one(NS.app, "Id").textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
    );
    expect(one(NS.app, "Version").textContent).toBe("1.0.0.0");
    expect(one(NS.app, "Permissions").textContent).toBe("ReadWriteDocument");
  });

  test("targets Excel only, in the add-in and in its version overrides", () => {
    const appHosts = all(NS.app, "Host").filter((h) => h.parentElement?.namespaceURI === NS.app);
    expect(appHosts.map((h) => h.getAttribute("Name"))).toEqual(["Workbook"]);
    const overrideHosts = all(NS.ov, "Host", versionOverrides);
    expect(overrideHosts.map(xsiType)).toEqual(["Workbook"]);
  });

  test("requires the API sets the register and the shared runtime use", () => {
    const appRequirements = one(NS.app, "Requirements");
    const sets = new Map(
      all(NS.app, "Set", appRequirements).map((s) => [
        s.getAttribute("Name"),
        s.getAttribute("MinVersion"),
      ])
    );
    expect(sets.get("ExcelApi")).toBe("1.9");
    // The code and the stand-in guard everything above this version with isSetSupported.
    const requirements = readFileSync(join(ROOT, "src/workbook/office/requirements.ts"), "utf8");
    const fake = readFileSync(join(ROOT, "test/workbook/office/fake-excel.ts"), "utf8");
    expect(requirements).toContain('export const MANIFEST_EXCEL_API = "1.9";');
    expect(fake).toContain('export const MANIFEST_EXCEL_API = "1.9";');
    expect(sets.get("SharedRuntime")).toBe("1.1");
    const overrideSets = all(NS.bt, "Set", one(NS.ov, "Requirements", versionOverrides));
    expect(overrideSets.map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")])).toEqual(
      [["CustomFunctionsRuntime", "1.3"]]
    );
  });

  test("opens the task pane from the dev server over https", () => {
    const defaultSource = one(NS.app, "SourceLocation", one(NS.app, "DefaultSettings"));
    expect(defaultSource.getAttribute("DefaultValue")).toBe(`${DEV_ORIGIN}taskpane.html`);
  });

  test("uses one long-lived shared runtime for the pane, the commands and the functions", () => {
    const runtime = one(NS.ov, "Runtime", versionOverrides);
    expect(runtime.getAttribute("lifetime")).toBe("long");
    const runtimeResid = runtime.getAttribute("resid");
    expect(resolve(runtimeResid)).toBe(`${DEV_ORIGIN}taskpane.html`);

    expect(one(NS.ov, "FunctionFile", versionOverrides).getAttribute("resid")).toBe(runtimeResid);
    const customFunctions = all(NS.ov, "ExtensionPoint", versionOverrides).filter(
      (point) => xsiType(point) === "CustomFunctions"
    );
    expect(customFunctions).toHaveLength(1);
    const page = one(NS.ov, "Page", customFunctions[0]);
    expect(one(NS.ov, "SourceLocation", page).getAttribute("resid")).toBe(runtimeResid);
  });

  test("declares the KAM custom functions with their script and functions.json metadata", () => {
    const point = all(NS.ov, "ExtensionPoint", versionOverrides).find(
      (p) => xsiType(p) === "CustomFunctions"
    );
    if (!point) throw new Error("no CustomFunctions extension point");
    expect(resolve(one(NS.ov, "Namespace", point).getAttribute("resid"))).toBe("KAM");
    const metadata = one(NS.ov, "SourceLocation", one(NS.ov, "Metadata", point));
    expect(resolve(metadata.getAttribute("resid"))).toBe(`${DEV_ORIGIN}functions.json`);
    const script = one(NS.ov, "SourceLocation", one(NS.ov, "Script", point));
    expect(resolve(script.getAttribute("resid"))).toBe(`${DEV_ORIGIN}functions.js`);
  });

  test("puts Open and Generate reviews buttons in a Client Register ribbon group", () => {
    const group = one(NS.ov, "Group", versionOverrides);
    expect(resolve(childElements(group, "Label")[0].getAttribute("resid"))).toBe("Client Register");
    const buttons = childElements(group, "Control");
    expect(buttons.map(xsiType)).toEqual(["Button", "Button"]);
    const labels = buttons.map((b) => resolve(childElements(b, "Label")[0].getAttribute("resid")));
    expect(labels).toEqual(["Open", "Generate reviews"]);

    const [openAction, generateAction] = buttons.map((b) => childElements(b, "Action")[0]);
    expect(xsiType(openAction)).toBe("ShowTaskpane");
    expect(childElements(openAction, "TaskpaneId")[0].textContent).toBe("ButtonId1");
    expect(resolve(childElements(openAction, "SourceLocation")[0].getAttribute("resid"))).toBe(
      `${DEV_ORIGIN}taskpane.html`
    );
    expect(xsiType(generateAction)).toBe("ExecuteFunction");
    expect(childElements(generateAction, "FunctionName")[0].textContent).toBe("generateReviews");
  });

  test("the function command it names is the one the commands script registers", () => {
    const commands = readFileSync(join(ROOT, "src", "commands", "commands.ts"), "utf8");
    const functionName = one(NS.ov, "FunctionName", versionOverrides).textContent;
    expect(commands).toContain(`Office.actions.associate("${functionName}"`);
  });

  test("has a display name, description and ribbon group label in Simplified and Traditional Chinese", () => {
    for (const element of [one(NS.app, "DisplayName"), one(NS.app, "Description")]) {
      const byLocale = new Map(
        childElements(element, "Override").map((o) => [
          o.getAttribute("Locale"),
          o.getAttribute("Value"),
        ])
      );
      const english = element.getAttribute("DefaultValue");
      for (const locale of ["zh-CN", "zh-TW"]) {
        expect(byLocale.get(locale)).toMatch(/[\u4e00-\u9fff]/);
        expect(byLocale.get(locale)).not.toBe(english);
      }
      expect(byLocale.get("zh-CN")).not.toBe(byLocale.get("zh-TW"));
    }
    const groupLabel = resourceTable.get(
      childElements(one(NS.ov, "Group"), "Label")[0].getAttribute("resid") ?? ""
    );
    expect(groupLabel?.overrides.get("zh-CN")).toBe("客户台账");
    expect(groupLabel?.overrides.get("zh-TW")).toBe("客戶台帳");
  });

  test("localizes every user-facing string resource except the formula namespace", () => {
    for (const [id, entry] of resourceTable) {
      if (entry.kind !== "ShortStrings" && entry.kind !== "LongStrings") continue;
      if (id === "Functions.Namespace") {
        expect(entry.overrides.size).toBe(0);
        continue;
      }
      expect([id, [...entry.overrides.keys()].sort()]).toEqual([id, ["zh-CN", "zh-TW"]]);
    }
  });

  test("defines every referenced resid in the matching resource list, and uses every resource", () => {
    const references = residReferences();
    expect(references.length).toBeGreaterThan(10);
    const used = new Set<string>();
    for (const element of references) {
      const resid = element.getAttribute("resid") ?? "";
      const entry = resourceTable.get(resid);
      expect([resid, entry?.kind]).toEqual([resid, expectedKind(element)]);
      used.add(resid);
    }
    expect([...resourceTable.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  test("serves the add-in from the dev server, help from the production origin, icons as real PNGs of the declared size", () => {
    const support = [
      one(NS.app, "SupportUrl").getAttribute("DefaultValue"),
      resolve(one(NS.ov, "LearnMoreUrl", versionOverrides).getAttribute("resid")),
    ];
    expect(support).toEqual([SUPPORT_URL, SUPPORT_URL]);
    const served = [
      ...["IconUrl", "HighResolutionIconUrl"].map((name) =>
        one(NS.app, name).getAttribute("DefaultValue")
      ),
      ...[...resourceTable.entries()]
        .filter(([id, e]) => (e.kind === "Urls" || e.kind === "Images") && id !== "Help.Url")
        .flatMap(([, e]) => [e.value, ...e.overrides.values()]),
    ];
    for (const url of served) expect(url).toMatch(/^https:\/\/localhost:3000\/[\w./-]+$/);

    for (const image of all(NS.bt, "Image", versionOverrides).filter((i) =>
      i.hasAttribute("size")
    )) {
      const url = resolve(image.getAttribute("resid"));
      const size = Number(image.getAttribute("size"));
      const file = join(ROOT, url.slice(DEV_ORIGIN.length));
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
    // The add-in's own icons: 32×32 and, for high-DPI screens, 64×64.
    const iconFile = (name: string) =>
      join(ROOT, String(one(NS.app, name).getAttribute("DefaultValue")).slice(DEV_ORIGIN.length));
    expect(pngSize(iconFile("IconUrl"))).toEqual({ width: 32, height: 32 });
    expect(pngSize(iconFile("HighResolutionIconUrl"))).toEqual({ width: 64, height: 64 });
  });

  test("points Chinese Excel at the localized function metadata the build emits", () => {
    const metadata = resourceTable.get("Functions.Metadata.Url");
    expect(metadata?.value).toBe(`${DEV_ORIGIN}functions.json`);
    expect(Object.fromEntries(metadata?.overrides ?? [])).toEqual({
      "zh-CN": `${DEV_ORIGIN}functions-zh-CN.json`,
      "zh-TW": `${DEV_ORIGIN}functions-zh-TW.json`,
    });
  });

  test("validates against the Office add-in XML schemas (when xmllint and the schemas are present)", () => {
    const hasXmllint = spawnSync("xmllint", ["--version"]).status === 0;
    if (!hasXmllint || !existsSync(SCHEMA_PATH)) {
      console.info(
        `Schema validation not run here: ${hasXmllint ? "" : "xmllint is not installed; "}` +
          `${existsSync(SCHEMA_PATH) ? "" : `no schemas at ${SCHEMA_PATH}`}. The structural checks above still ran.`
      );
      expect(existsSync(MANIFEST_PATH)).toBe(true);
      return;
    }
    expect(() =>
      execFileSync("xmllint", ["--noout", "--schema", SCHEMA_PATH, MANIFEST_PATH], {
        stdio: "pipe",
      })
    ).not.toThrow();
  });
});
