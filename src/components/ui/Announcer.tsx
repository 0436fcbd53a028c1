import { createContext, type ReactNode, useCallback, useContext, useState } from "react";
import { visuallyHidden } from "./visuallyHidden";

type Announce = (message: string) => void;

const AnnouncerContext = /* @__PURE__ */ createContext<Announce | null>(null);

/**
 * A polite live region: results of actions ("Ada was suspended", "3 of 4 invitations sent") are
 * read out by screen readers (R24); components also show them on screen where they happen. Nested announcers defer to the
 * outermost, so a page with several components has one region.
 */
export function Announcer({ children }: { children?: ReactNode }) {
  const outer = useContext(AnnouncerContext);
  const [message, setMessage] = useState("");
  const announce = useCallback<Announce>((next) => {
    // Clear first so that the same message twice is announced twice.
    setMessage("");
    queueMicrotask(() => setMessage(next));
  }, []);
  if (outer) return children;
  return (
    <AnnouncerContext.Provider value={announce}>
      {children}
      <div data-slot="announcer" role="status" aria-live="polite" aria-atomic="true" style={visuallyHidden}>
        {message}
      </div>
    </AnnouncerContext.Provider>
  );
}

/** Announces a message through the nearest {@link Announcer}; does nothing outside one. */
export function useAnnounce(): Announce {
  return useContext(AnnouncerContext) ?? noop;
}

function noop() {}
