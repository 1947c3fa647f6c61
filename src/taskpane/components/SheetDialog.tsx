import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { SheetView } from "../actions";
import { useI18n } from "../i18n";

const useStyles = makeStyles({
  content: { maxHeight: "60vh", overflow: "auto" },
  records: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  record: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    display: "grid",
    gridTemplateColumns: "minmax(72px, 30%) 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase200,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: "anywhere" },
  cell: { whiteSpace: "nowrap", verticalAlign: "top", fontSize: tokens.fontSizeBase200 },
});

/**
 * Shows a sheet of the workbook inside the pane (preview mode has no grid to switch to): a list
 * as one card per row (header: value), a free layout such as a review as its rows, scrolling.
 */
export function SheetDialog(props: {
  view: SheetView | null;
  onClose: () => void;
}): React.ReactElement {
  const { m } = useI18n();
  const s = useStyles();
  const { view, onClose } = props;
  return (
    <Dialog open={view !== null} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{view?.name}</DialogTitle>
          <DialogContent className={s.content}>
            {view && view.header.length > 0 ? (
              <ul className={s.records} aria-label={view.name}>
                {view.rows.map((row, r) => (
                  <li key={r}>
                    <dl className={s.record}>
                      {view.header.map((header, c) =>
                        row[c] ? (
                          <React.Fragment key={c}>
                            <dt className={s.term}>{header}</dt>
                            <dd className={s.value}>{row[c]}</dd>
                          </React.Fragment>
                        ) : null
                      )}
                    </dl>
                  </li>
                ))}
              </ul>
            ) : null}
            {view && view.header.length === 0 ? (
              <Table size="extra-small" aria-label={view.name}>
                <TableBody>
                  {view.rows.map((row, r) => (
                    <TableRow key={r}>
                      {row.map((cell, c) => (
                        <TableCell key={c} className={s.cell}>
                          {cell}
                        </TableCell>
                      ))}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              {m.common.close}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
