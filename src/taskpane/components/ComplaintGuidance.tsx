import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Checkbox,
  makeStyles,
  Text,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { useI18n } from "../i18n";
import {
  COMPLAINT_PRINCIPLES,
  COMPLAINT_PROCEDURE,
  RMLSP,
} from "../../register/workflow/complaints";
import { usePageStyles } from "./layout";

const useStyles = makeStyles({
  principles: { fontStyle: "italic", color: tokens.colorNeutralForeground2 },
  check: { display: "flex", flexDirection: "column" },
  detail: { paddingInlineStart: "32px", color: tokens.colorNeutralForeground3 },
});

/** The five-step procedure and the RMLSP check, shown where a complaint is taken. */
export function ComplaintGuidance(): React.ReactElement {
  const { m, lang } = useI18n();
  const s = usePageStyles();
  const st = useStyles();
  const [checked, setChecked] = React.useState<ReadonlySet<string>>(new Set());
  const toggle = (mark: string, on: boolean) =>
    setChecked((prev) => {
      const next = new Set(prev);
      if (on) next.add(mark);
      else next.delete(mark);
      return next;
    });

  return (
    <Accordion collapsible multiple defaultOpenItems={["rmlsp"]}>
      <AccordionItem value="rmlsp">
        <AccordionHeader as="h3">{m.complaints.rmlspTitle}</AccordionHeader>
        <AccordionPanel>
          <div className={s.section} role="group" aria-label={m.complaints.rmlspTitle}>
            {RMLSP.map((item) => (
              <div key={item.mark} className={st.check}>
                <Checkbox
                  checked={checked.has(item.mark)}
                  onChange={(_, data) => toggle(item.mark, data.checked === true)}
                  label={`${item.mark} · ${item.title[lang]}`}
                />
                <Text size={200} className={st.detail}>
                  {item.detail[lang]}
                </Text>
              </div>
            ))}
          </div>
        </AccordionPanel>
      </AccordionItem>
      <AccordionItem value="procedure">
        <AccordionHeader as="h3">{m.complaints.procedureTitle}</AccordionHeader>
        <AccordionPanel>
          <div className={s.section}>
            <Text size={200} className={st.principles}>
              {COMPLAINT_PRINCIPLES.map((p) => p[lang]).join(" ")}
            </Text>
            <ol className={s.list}>
              {COMPLAINT_PROCEDURE.map((step) => (
                <li key={step.mark}>
                  <Text weight="semibold">{step.title[lang]}</Text>
                  <Text size={200} block>
                    {step.detail[lang]}
                  </Text>
                </li>
              ))}
            </ol>
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
