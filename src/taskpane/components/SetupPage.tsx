import { Button, Spinner, Text } from "@fluentui/react-components";
import * as React from "react";
import type { RegisterActions } from "../actions";
import { useI18n } from "../i18n";
import { ErrorNotice } from "./ErrorNotice";
import { usePageStyles } from "./layout";
import { useNotify } from "./Notify";
import { useTask } from "./useTask";

export function SetupPage(props: {
  actions: RegisterActions;
  onChanged: () => void;
}): React.ReactElement {
  const { actions, onChanged } = props;
  const { m, t, lang } = useI18n();
  const s = usePageStyles();
  const notify = useNotify();
  const setUp = useTask(() => actions.setUp(lang));

  const onClick = async () => {
    const outcome = await setUp.run();
    if (!outcome) return;
    onChanged();
    const text =
      outcome.added.length === 0
        ? m.setup.alreadyDone
        : t(m.setup.done, { added: outcome.added.length, kept: outcome.kept.length });
    notify("success", text);
  };

  return (
    <section className={s.page} aria-labelledby="setup-title">
      <h2 id="setup-title" className={s.heading}>
        {m.setup.title}
      </h2>
      <Text as="p">{m.setup.intro}</Text>
      <Text as="p">{t(m.setup.headers, { language: m.languages[lang] })}</Text>
      <Text as="p" className={s.muted}>
        {actions.mode === "excel" ? m.setup.formulasLive : m.setup.formulasPortable}
      </Text>
      <ErrorNotice error={setUp.error} />
      <div className={s.actions}>
        <Button appearance="primary" onClick={() => void onClick()} disabled={setUp.pending}>
          {m.setup.button}
        </Button>
        {setUp.pending ? <Spinner size="tiny" label={m.common.working} /> : null}
      </div>
    </section>
  );
}
