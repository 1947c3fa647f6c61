"""Edits and inspects registers with openpyxl, as an analyst's script would (tests only).

  python3 openpyxl-tool.py add-sheet <in.xlsx> <out.xlsx>
      adds a sheet of one's own, "我的笔记" (first), with styles, a number format, a formula,
      a note, merged cells, a column width and a workbook name; and "Links" (last) with a table.
  python3 openpyxl-tool.py inspect <in.xlsx> <sheet>
      prints JSON: sheet names, the sheet's cells (value, formula, font, fill, number format,
      border), merged ranges, column widths, notes, tables and the workbook's names.
  python3 openpyxl-tool.py edit <in.xlsx> <out.xlsx> <edits.json>
      applies edits to register tables by header (see edit() below).
"""
import json
import sys

import openpyxl
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.table import Table


def add_sheet(src, dst):
    wb = openpyxl.load_workbook(src)
    ws = wb.create_sheet("我的笔记", 0)
    ws["A1"] = "客户"
    ws["B1"] = "金额"
    ws["C1"] = "合计"
    ws["A1"].font = Font(bold=True, color="FFC00000", size=14)
    ws["A1"].fill = PatternFill("solid", fgColor="FFFFFF00")
    ws["A2"] = "张三"
    ws["A3"] = "李四"
    ws["B2"] = 1234.5
    ws["B2"].number_format = '#,##0.00 "元"'
    ws["B3"] = 100
    ws["C2"] = "=SUM(B2:B3)"
    ws["A2"].comment = Comment("记得回访", "经理")
    ws.merge_cells("A5:C5")
    ws["A5"] = "合并的说明"
    ws["A5"].alignment = Alignment(horizontal="center")
    ws["A5"].border = Border(bottom=Side(style="thick", color="FF0000FF"))
    ws.column_dimensions["A"].width = 30
    wb.defined_names.append(DefinedName("我的合计", attr_text="'我的笔记'!$C$2"))
    links = wb.create_sheet("Links")
    links.append(["k", "v"])
    links.append(["a", 1])
    links.append(["b", 2])
    links.add_table(Table(displayName="tblMine", ref="A1:B3"))
    wb.save(dst)


def color(c):
    return c.rgb if c is not None and isinstance(c.rgb, str) else None


def inspect(src, sheet):
    wb = openpyxl.load_workbook(src)
    ws = wb[sheet]
    cells = {}
    for row in ws.iter_rows():
        for c in row:
            if c.value is None and not c.has_style:
                continue
            cells[c.coordinate] = {
                "value": c.value,
                "bold": bool(c.font.b),
                "color": color(c.font.color),
                "size": c.font.sz,
                "fill": color(c.fill.fgColor) if c.fill.fill_type == "solid" else None,
                "format": c.number_format,
                "bottom": c.border.bottom.style,
                "comment": c.comment.text if c.comment else None,
            }
    print(
        json.dumps(
            {
                "sheets": wb.sheetnames,
                "states": {s.title: s.sheet_state for s in wb.worksheets},
                "cells": cells,
                "merged": sorted(str(r) for r in ws.merged_cells.ranges),
                "widths": {k: v.width for k, v in ws.column_dimensions.items() if v.customWidth},
                "tables": {s.title: sorted(s.tables.keys()) for s in wb.worksheets},
                "names": {d.name: d.attr_text for d in wb.defined_names.definedName},
            },
            ensure_ascii=False,
            default=str,
        )
    )


def table_of(wb, name):
    for ws in wb.worksheets:
        if name in ws.tables:
            return ws, ws.tables[name]
    raise SystemExit(f"no table {name}")


def edit(src, dst, edits_file):
    """Edits by header, as a person would in any tool:
    {"set": [[table, keyHeader, keyValue, header, value]],   change a cell of the row whose key matches
     "append": [[table, {header: value}]],                   type a new row under the table (grows it)
     "addColumn": [[table, header, {keyValue: value}, keyHeader]],  a column of one's own
     "sort": [[table, header, descending]]}                  sort the table's rows (values move, formulas stay)
    """
    with open(edits_file, encoding="utf-8") as f:
        edits = json.load(f)
    wb = openpyxl.load_workbook(src)

    def bounds(table):
        a, b = table.ref.split(":")
        from openpyxl.utils.cell import coordinate_from_string, column_index_from_string

        ca, ra = coordinate_from_string(a)
        cb, rb = coordinate_from_string(b)
        return column_index_from_string(ca), ra, column_index_from_string(cb), rb

    def headers(ws, table):
        c1, r1, c2, _ = bounds(table)
        return {ws.cell(r1, c).value: c for c in range(c1, c2 + 1)}

    def set_ref(ws, table, c2, r2):
        from openpyxl.utils import get_column_letter

        c1, r1, _, _ = bounds(table)
        ref = f"{get_column_letter(c1)}{r1}:{get_column_letter(c2)}{r2}"
        table.ref = ref
        if table.autoFilter is not None:
            table.autoFilter.ref = ref

    for name, key_header, key_value, header, value in edits.get("set", []):
        ws, table = table_of(wb, name)
        h = headers(ws, table)
        _, r1, _, r2 = bounds(table)
        rows = [r for r in range(r1 + 1, r2 + 1) if ws.cell(r, h[key_header]).value == key_value]
        if len(rows) != 1:
            raise SystemExit(f"{name}: {key_header}={key_value} matches {len(rows)} rows")
        ws.cell(rows[0], h[header]).value = value

    for name, header, values, key_header in edits.get("addColumn", []):
        ws, table = table_of(wb, name)
        from openpyxl.worksheet.table import TableColumn

        h = headers(ws, table)
        c1, r1, c2, r2 = bounds(table)
        col = c2 + 1
        ws.cell(r1, col).value = header
        for r in range(r1 + 1, r2 + 1):
            key = ws.cell(r, h[key_header]).value
            if key in values:
                ws.cell(r, col).value = values[key]
        table.tableColumns.append(TableColumn(id=len(table.tableColumns) + 1, name=header))
        set_ref(ws, table, col, r2)

    for name, row in edits.get("append", []):
        ws, table = table_of(wb, name)
        h = headers(ws, table)
        c1, r1, c2, r2 = bounds(table)
        new = r2 + 1
        for header, value in row.items():
            ws.cell(new, h[header]).value = value
        # Calculated columns repeat their formula in the new row, as Excel does.
        for c in range(c1, c2 + 1):
            above = ws.cell(r2, c).value
            if isinstance(above, str) and above.startswith("=") and ws.cell(new, c).value is None:
                ws.cell(new, c).value = above
        set_ref(ws, table, c2, new)

    for name, header, descending in edits.get("sort", []):
        ws, table = table_of(wb, name)
        h = headers(ws, table)
        c1, r1, c2, r2 = bounds(table)
        data = [[ws.cell(r, c).value for c in range(c1, c2 + 1)] for r in range(r1 + 1, r2 + 1)]
        at = h[header] - c1
        data.sort(key=lambda row: (row[at] is None, str(row[at])), reverse=bool(descending))
        for i, row in enumerate(data):
            for j, value in enumerate(row):
                cell = ws.cell(r1 + 1 + i, c1 + j)
                if not (isinstance(cell.value, str) and str(cell.value).startswith("=")):
                    cell.value = value

    wb.save(dst)


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "add-sheet":
        add_sheet(sys.argv[2], sys.argv[3])
    elif command == "inspect":
        inspect(sys.argv[2], sys.argv[3])
    elif command == "edit":
        edit(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        raise SystemExit(f"unknown command {command}")
