import { createContext, type MutableRefObject, useContext } from "react";

/**
 * `sending` is set while the dialog sends (an invitation or a resend): the dialog then refuses to
 * close, so the result is never lost. A ref, not state: a close request in the same tick as the
 * click sees it. `close` closes the dialog as its × would.
 */
export const SendingContext = /* @__PURE__ */ createContext<MutableRefObject<{
  sending: number;
  close(): void;
}> | null>(null);

/** Runs `send`, keeping the dialog of `InviteDialog.Root` open until it settles; and closes it. */
export function useKeepOpenWhile() {
  const state = useContext(SendingContext);
  const keepOpenWhile = <T>(send: () => Promise<T>): Promise<T> => {
    if (state) state.current.sending++;
    return send().finally(() => {
      if (state) state.current.sending--;
    });
  };
  return { keepOpenWhile, close: state && (() => state.current.close()) };
}

/**
 * Whether the dialog of the enclosing `InviteDialog.Root` is open; `undefined` outside one. Its
 * content's code loads when it first opens.
 */
export const InviteOpenContext = /* @__PURE__ */ createContext<boolean | undefined>(undefined);
