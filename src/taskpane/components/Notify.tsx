import {
  Link,
  Toast,
  ToastBody,
  Toaster,
  ToastTitle,
  useId,
  useToastController,
  type ToastIntent,
} from "@fluentui/react-components";
import * as React from "react";
import { useI18n } from "../i18n";

export type Notify = (intent: ToastIntent, title: string, body?: string) => void;

const NotifyContext = React.createContext<Notify>(() => undefined);

/** Toasts for results: one toaster for the whole pane, reached with useNotify(). */
export function NotifyProvider(props: { children: React.ReactNode }): React.ReactElement {
  const { m } = useI18n();
  const toasterId = useId("toaster");
  const counter = React.useRef(0);
  const { dispatchToast, dismissToast } = useToastController(toasterId);
  const notify = React.useCallback<Notify>(
    (intent, title, body) => {
      counter.current += 1;
      const toastId = `${toasterId}-${counter.current}`;
      const dismiss = (
        <Link as="button" onClick={() => dismissToast(toastId)}>
          {m.common.dismiss}
        </Link>
      );
      dispatchToast(
        <Toast>
          <ToastTitle action={dismiss}>{title}</ToastTitle>
          {body ? <ToastBody>{body}</ToastBody> : null}
        </Toast>,
        { toastId, intent, timeout: intent === "error" ? 12000 : 6000 }
      );
    },
    [dispatchToast, dismissToast, toasterId, m]
  );
  return (
    <NotifyContext.Provider value={notify}>
      {props.children}
      <Toaster toasterId={toasterId} position="bottom" pauseOnHover pauseOnWindowBlur />
    </NotifyContext.Provider>
  );
}

export function useNotify(): Notify {
  return React.useContext(NotifyContext);
}
