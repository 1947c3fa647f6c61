/**
 * Teaches exceljs 4.4 the <calculatedColumnFormula> child of a table's <tableColumn>, both ways:
 *
 * - writing: Excel fills a column's calculatedColumnFormula into rows people add to the table,
 *   so a calculated column keeps working below the rows the file was written with. exceljs
 *   writes <tableColumn> as an empty element; for columns that carry `calculatedColumnFormula`
 *   the patched renderer writes it as the schema orders it (first child).
 * - reading: exceljs ends a column at the first closing tag it sees, so any child element
 *   (Excel writes calculatedColumnFormula for every calculated column it saves) cuts the column
 *   list short and loading fails with "Cannot set properties of undefined (setting
 *   'filterButton')". The patched parser ends a column at </tableColumn> only.
 *
 * Call patchTableColumns() before building or loading a workbook; it is idempotent.
 */
// exceljs has no typings for its xforms; the module path is stable within 4.x.
const TableColumnXform = require("exceljs/lib/xlsx/xform/table/table-column-xform") as {
  prototype: TableColumnXformProto;
};

interface XmlStream {
  openNode(name: string, attributes?: Record<string, unknown>): void;
  leafNode(name: string, attributes?: Record<string, unknown>, text?: string): void;
  closeNode(): void;
}

interface ColumnModel {
  id: number;
  name: string;
  totalsRowLabel?: string;
  totalsRowFunction?: string;
  dxfId?: string;
  calculatedColumnFormula?: string;
}

interface TableColumnXformProto {
  tag: string;
  model?: ColumnModel;
  render(xmlStream: XmlStream, model: ColumnModel): boolean;
  parseOpen(node: { name: string }): boolean;
  parseText(text: string): void;
  parseClose(name: string): boolean;
  [PATCHED]?: boolean;
  [INSIDE]?: string;
}

const PATCHED = Symbol.for("client-register.tableColumnPatched");
const INSIDE = Symbol.for("client-register.tableColumnChild");
const CALCULATED = "calculatedColumnFormula";

export function patchTableColumns(): void {
  const proto = TableColumnXform.prototype;
  if (proto[PATCHED]) return;
  const { render, parseOpen } = proto;

  proto.render = function (
    this: TableColumnXformProto,
    xmlStream: XmlStream,
    model: ColumnModel
  ): boolean {
    if (!model.calculatedColumnFormula) return render.call(this, xmlStream, model);
    xmlStream.openNode(this.tag, {
      id: model.id.toString(),
      name: model.name,
      totalsRowLabel: model.totalsRowLabel,
      totalsRowFunction: model.totalsRowFunction,
      dxfId: model.dxfId,
    });
    xmlStream.leafNode(CALCULATED, undefined, model.calculatedColumnFormula);
    xmlStream.closeNode();
    return true;
  };

  proto.parseOpen = function (this: TableColumnXformProto, node: { name: string }): boolean {
    if (node.name === this.tag) {
      this[INSIDE] = undefined;
      return parseOpen.call(this, node);
    }
    this[INSIDE] = node.name;
    return true;
  };

  proto.parseText = function (this: TableColumnXformProto, text: string): void {
    if (this[INSIDE] === CALCULATED && this.model)
      this.model.calculatedColumnFormula = (this.model.calculatedColumnFormula ?? "") + text;
  };

  proto.parseClose = function (this: TableColumnXformProto, name: string): boolean {
    this[INSIDE] = undefined;
    return name !== this.tag;
  };

  proto[PATCHED] = true;
}
