/**
 * The client in the row the user selected in the Clients table. Two small syncs that load no cell
 * values beyond the header row and the two cells read: the selection's and the table body's
 * addresses, then that row's client id and name. A register of any size stays far below Excel's
 * 5 MB response limit (the whole table used to be loaded, which broke around 10,000 clients).
 */
import { fieldByHeader } from "../../register/catalog";
import { sheetDef } from "../../register/sheets";
import { blockAddress, parseAddress } from "./cells";
import { officeErrorCode } from "./errors";

export interface SelectedClient {
  clientId: string;
  /** The name cell, or the id when the name is blank. */
  name: string;
}

const fold = (name: string | undefined) => (name ?? "").toLowerCase();

/**
 * The client of the first selected row, or null when the selection is not in the Clients table's
 * body (another sheet, the header, beside the table, not cells at all) or the row has no id.
 */
export async function readSelectedClient(
  context: Excel.RequestContext
): Promise<SelectedClient | null> {
  const table = context.workbook.tables.getItemOrNullObject(sheetDef("Clients").table).load("name");
  const selection = context.workbook.getSelectedRange().load("address");
  try {
    await context.sync();
  } catch (error) {
    // A chart or shape is selected: there are no selected cells.
    if (officeErrorCode(error) === "InvalidSelection") return null;
    throw error;
  }
  if (table.isNullObject) return null;
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("address");
  await context.sync();

  const selected = parseAddress(selection.address);
  const rows = parseAddress(body.address);
  if (fold(selected.sheet) !== fold(rows.sheet)) return null;
  const row = selected.block.row - rows.block.row;
  const overlapsColumns =
    selected.block.column < rows.block.column + rows.block.columns &&
    rows.block.column < selected.block.column + selected.block.columns;
  if (row < 0 || row >= rows.block.rows || !overlapsColumns) return null;

  const headers = (header.values[0] ?? []).map((h) => String(h));
  const columnOf = (key: string) =>
    headers.findIndex((h) => fieldByHeader("Clients", h)?.key === key);
  const idColumn = columnOf("clientId");
  if (idColumn < 0) return null;
  const nameColumn = columnOf("name");
  const worksheet = context.workbook.worksheets.getItem(rows.sheet ?? "");
  const cell = (column: number) =>
    worksheet
      .getRange(
        blockAddress({
          row: rows.block.row + row,
          column: rows.block.column + column,
          rows: 1,
          columns: 1,
        })
      )
      .load("values");
  const id = cell(idColumn);
  const name = nameColumn >= 0 ? cell(nameColumn) : undefined;
  await context.sync();

  const clientId = String(id.values[0]?.[0] ?? "").trim();
  if (!clientId) return null;
  const clientName = name ? String(name.values[0]?.[0] ?? "").trim() : "";
  return { clientId, name: clientName || clientId };
}
