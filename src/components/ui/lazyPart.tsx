import { type ComponentType, type ReactNode, useEffect, useRef, useState } from "react";

/** A component of {@link lazyPart}: renders the part once its code has loaded. */
export type LazyPart<P> = ComponentType<P> & {
  /** Starts loading the part's code (once); resolves when it can render. */
  preload(): Promise<ComponentType<P>>;
};

/** Every part's `preload`, for {@link preloadParts}. */
const parts = new Set<() => Promise<unknown>>();

/**
 * Loads every lazily loaded part created so far, so that each renders at once when it first shows
 * (tests that hold time still, or a host that wants them before they are needed).
 */
export function preloadParts(): Promise<void> {
  return Promise.all([...parts].map((preload) => preload())).then(() => {});
}

/**
 * A part the first paint does not need (a dialog, a menu's content), in a chunk of its own that
 * loads when the part first renders, or earlier through `preload()`. Until then it renders
 * `fallback` (nothing by default). No Suspense: once loaded it renders at once on every later
 * mount, on React 18 and 19 alike, and a failed load is tried again on the next mount.
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: (props: P) => ReactNode = () => null,
): LazyPart<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () => {
    loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  parts.add(preload);
  function Part(props: P) {
    // A function in state is called as an updater: keep the component inside an object.
    const [part, setPart] = useState(() => loaded && { Component: loaded });
    useEffect(() => {
      let mounted = true;
      if (!part)
        preload().then(
          (Component) => mounted && setPart({ Component }),
          () => {},
        );
      return () => {
        mounted = false;
      };
    }, [part]);
    return part ? <part.Component {...props} /> : fallback(props);
  }
  return Object.assign(Part, { preload });
}

/**
 * A dialog whose code loads when it first opens ({@link lazyPart}): nothing renders until
 * `isOpen(props)`, then the part, kept mounted afterwards so it closes as a dialog does.
 */
export function lazyDialog<P extends object>(
  load: () => Promise<ComponentType<P>>,
  isOpen: (props: P) => boolean,
): LazyPart<P> {
  const Part = lazyPart(load);
  function Dialog(props: P) {
    const opened = useRef(false);
    opened.current ||= isOpen(props);
    return opened.current ? <Part {...props} /> : null;
  }
  return Object.assign(Dialog, { preload: Part.preload });
}
