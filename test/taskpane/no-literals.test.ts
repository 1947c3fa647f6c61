/**
 * Every visible string comes from src/taskpane/i18n: component files may hold no words of their
 * own, neither as JSX text nor in the attributes people read (labels, placeholders, titles).
 * The files are parsed with the TypeScript compiler, so only real JSX counts.
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import * as ts from "typescript";

const ROOT = join(__dirname, "..", "..", "src", "taskpane");
const files = [
  join(ROOT, "App.tsx"),
  ...readdirSync(join(ROOT, "components"))
    .filter((f) => f.endsWith(".tsx"))
    .map((f) => join(ROOT, "components", f)),
];
const WORD = /[A-Za-z]{2,}|[\u3400-\u9fff]/;
const READ_ATTRIBUTES = new Set([
  "label",
  "placeholder",
  "title",
  "aria-label",
  "hint",
  "validationMessage",
  "alt",
  "children",
]);

/** Words written straight into JSX: text between tags, and string attributes people read. */
function literalsIn(source: string): string[] {
  const file = ts.createSourceFile(
    "x.tsx",
    source,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX
  );
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORD.test(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText())) {
      const init = node.initializer;
      const text =
        init && ts.isStringLiteral(init)
          ? init.text
          : init &&
              ts.isJsxExpression(init) &&
              init.expression &&
              ts.isStringLiteral(init.expression)
            ? init.expression.text
            : null;
      if (text !== null && WORD.test(text)) found.push(`${node.name.getText()}="${text}"`);
    }
    if (
      ts.isJsxExpression(node) &&
      node.expression &&
      (ts.isStringLiteral(node.expression) || ts.isNoSubstitutionTemplateLiteral(node.expression))
    ) {
      if (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))
        if (WORD.test(node.expression.text)) found.push(node.expression.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe("no string literals in components", () => {
  test.each(files.map((f) => [f.slice(ROOT.length + 1), f]))("%s", (_name, file) => {
    expect(literalsIn(readFileSync(file, "utf8"))).toEqual([]);
  });

  test("the scan finds literals when they are there", () => {
    expect(literalsIn(`const a = <Button>Save</Button>; const b = <Text>{m.x}</Text>;`)).toEqual([
      "Save",
    ]);
    expect(literalsIn(`const a = <Input placeholder="Name" aria-label={m.a} />;`)).toEqual([
      `placeholder="Name"`,
    ]);
    expect(literalsIn(`const a = <Text>保存</Text>;`)).toEqual(["保存"]);
    expect(literalsIn(`const a = <Text>{"Close"}</Text>;`)).toEqual(["Close"]);
    expect(
      literalsIn(`const a = useState<string>("x"); const b = <Text size={200}>{m.y} · </Text>;`)
    ).toEqual([]);
  });
});
