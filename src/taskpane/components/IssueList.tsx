import { Badge, makeStyles, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { ImportIssueRow } from "../actions";
import { renderIssueMessage } from "../../register/messages/render";
import { useI18n } from "../i18n";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  where: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    flexWrap: "wrap",
  },
  message: { overflowWrap: "anywhere" },
});

const COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

export function IssueList(props: { issues: ImportIssueRow[] }): React.ReactElement {
  const { m, t, lang } = useI18n();
  const s = useStyles();
  return (
    <ul className={s.list}>
      {props.issues.map((issue, index) => (
        <li key={index} className={s.item}>
          <span className={s.where}>
            <Badge appearance="tint" color={COLOR[issue.severity]} size="small">
              {m.import[`severity_${issue.severity}`]}
            </Badge>
            <Text size={200} weight="semibold">
              {issue.row !== null
                ? t(m.import.issueWhere, { sheet: issue.sheet, row: issue.row })
                : issue.sheet}
              {issue.column ? ` · ${t(m.import.issueColumn, { column: issue.column })}` : ""}
            </Text>
          </span>
          <Text size={200} className={s.message}>
            {renderIssueMessage(issue, lang)}
            {issue.value ? ` (${issue.value})` : ""}
          </Text>
        </li>
      ))}
    </ul>
  );
}
