import {
  Badge,
  Dropdown,
  makeStyles,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { renderMessage } from "../../register/messages/render";
import type { Lang } from "../../register/types";
import type { ColumnMapping, SheetMapping } from "../actions";
import { useI18n } from "../i18n";

/** The option value that means "no field: keep the column's values in notes". */
export const KEEP_IN_NOTES = "__keep__";

const useStyles = makeStyles({
  table: { tableLayout: "fixed", width: "100%" },
  columnCell: {
    overflowWrap: "anywhere",
    verticalAlign: "top",
    paddingBlock: tokens.spacingVerticalXS,
  },
  fieldCell: { verticalAlign: "top", paddingBlock: tokens.spacingVerticalXS },
  header: { fontWeight: tokens.fontWeightSemibold, display: "block" },
  samples: { color: tokens.colorNeutralForeground3, display: "block" },
  evidence: { color: tokens.colorNeutralForeground3, display: "block", fontStyle: "italic" },
  dropdown: { minWidth: "0", width: "100%" },
  badges: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXXS,
    marginTop: tokens.spacingVerticalXXS,
  },
});

/** A column's reasons in the language: from the catalogue by code, else the English words. */
export function columnReasons(column: ColumnMapping, lang: Lang): string[] {
  if (!column.reasons || column.reasons.length === 0) return column.evidence ?? [];
  return column.reasons.map(
    (r, i) => renderMessage(r.code, r.params, lang) ?? column.evidence?.[i] ?? r.code
  );
}

export interface MappingGridProps {
  mapping: SheetMapping;
  /** The field each column feeds now: the person's choice where there is one, else the detected one. */
  fieldOf: (header: string, detected: string | null) => string | null;
  isChanged: (header: string) => boolean;
  onChange: (header: string, field: string | null) => void;
}

export function MappingGrid(props: MappingGridProps): React.ReactElement {
  const { mapping, fieldOf, isChanged, onChange } = props;
  const { m, t, lang, percent } = useI18n();
  const s = useStyles();
  const fields = mapping.fields;
  const labelOf = (key: string | null) =>
    key ? (fields.find((f) => f.key === key)?.label[lang] ?? key) : m.import.keepInNotes;

  const confidenceBadge = (confidence: number) => {
    const [level, color] =
      confidence >= 0.8
        ? [m.import.confidenceHigh, "success" as const]
        : confidence >= 0.5
          ? [m.import.confidenceMedium, "warning" as const]
          : [m.import.confidenceLow, "danger" as const];
    return (
      <Badge appearance="tint" color={color} size="small">
        {t(m.import.confidenceValue, { level, percent: percent(confidence) })}
      </Badge>
    );
  };

  return (
    <Table
      size="extra-small"
      className={s.table}
      aria-label={`${m.import.mapSheet}: ${mapping.sheet}`}
    >
      <TableHeader>
        <TableRow>
          <TableHeaderCell style={{ width: "45%" }}>{m.import.mapColumn}</TableHeaderCell>
          <TableHeaderCell>{m.import.mapField}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {mapping.columns.map((col) => {
          const current = fieldOf(col.header, col.field);
          const changed = isChanged(col.header);
          const reasons = columnReasons(col, lang);
          return (
            <TableRow key={`${col.letter}-${col.header}`} data-column={col.header}>
              <TableCell className={s.columnCell}>
                <Text className={s.header}>{col.header || col.letter}</Text>
                <Text size={200} className={s.samples}>
                  {col.samples.length > 0
                    ? t(m.import.mapSamples, { samples: col.samples.slice(0, 2).join(" · ") })
                    : m.import.mapNoSamples}
                </Text>
                {reasons.length > 0 ? (
                  <Text size={200} className={s.evidence} data-testid="mapping-evidence">
                    {t(m.import.mapWhy, { reasons: reasons.join(m.import.mapWhySeparator) })}
                  </Text>
                ) : null}
              </TableCell>
              <TableCell className={s.fieldCell}>
                <Dropdown
                  className={s.dropdown}
                  size="small"
                  aria-label={t(m.import.mapFieldFor, { column: col.header || col.letter })}
                  value={labelOf(current)}
                  selectedOptions={[current ?? KEEP_IN_NOTES]}
                  onOptionSelect={(_, data) => {
                    if (data.optionValue === undefined) return;
                    onChange(
                      col.header,
                      data.optionValue === KEEP_IN_NOTES ? null : data.optionValue
                    );
                  }}
                >
                  <Option value={KEEP_IN_NOTES}>{m.import.keepInNotes}</Option>
                  {fields.map((f) => (
                    <Option key={f.key} value={f.key}>
                      {f.label[lang]}
                    </Option>
                  ))}
                </Dropdown>
                <div className={s.badges}>
                  {changed ? (
                    <Badge appearance="filled" color="brand" size="small">
                      {m.import.changedByYou}
                    </Badge>
                  ) : current !== null ? (
                    confidenceBadge(col.confidence)
                  ) : null}
                </div>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
