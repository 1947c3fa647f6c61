import { MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import * as React from "react";
import { errorDetail, type ActionError } from "../actions";
import { useI18n } from "../i18n";

/** A failure in the user's language: what happened, what to do next, and the specifics. */
export function ErrorNotice(props: { error: ActionError | null }): React.ReactElement | null {
  const { lang, m, t } = useI18n();
  const { error } = props;
  if (!error) return null;
  const detail = errorDetail(error, lang);
  const nextStep = t(m.errors[error.code], { detail });
  const showDetail = detail && !nextStep.includes(detail);
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{m.errors.title}</MessageBarTitle>
        {nextStep}
        {showDetail ? (
          <Text as="p" size={200} block>
            {m.errors.details}: {detail}
          </Text>
        ) : null}
      </MessageBarBody>
    </MessageBar>
  );
}
