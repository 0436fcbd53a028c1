// The in-page half of `npm run bench:browser`, injected into every page before its own scripts run
// (Playwright's addInitScript, after `window.__benchConfig = { rowSelector }`). Plain browser
// JavaScript, so that nothing a TypeScript runner adds ends up in the page.
//
// Every figure is taken inside the page, on its own clock (performance.now() and events'
// timeStamp share it):
// - "painted" is the end of the first frame that shows a state: a MutationObserver sees the state
//   in the DOM, then requestAnimationFrame, then a MessageChannel message, which runs once that
//   frame's style, layout and paint are done (the "after frame" idiom);
// - the start is the timeStamp of the event that caused it (click, input, keydown), recorded by a
//   capturing listener on window, or the page's own `bench:data-ready` mark.
(() => {
  const config = window.__benchConfig;
  const TIMEOUT_MS = 120_000;

  const rows = () => Array.from(document.querySelectorAll(config.rowSelector));
  const rowText = (row) => (row.textContent ?? "").toLowerCase();

  /** Resolves with performance.now() once the frame after now is painted. */
  const afterNextPaint = () =>
    new Promise((resolve) => {
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(undefined);
      });
    });

  /**
   * Watches the DOM until `test()` holds once `isStarted()` does; `painted` resolves with the time
   * the frame showing it was painted. `check()` looks again at once (e.g. when the start event comes).
   */
  const watch = (test, what, isStarted = () => true) => {
    let done = false;
    let check = () => {};
    const painted = new Promise((resolve, reject) => {
      const observer = new MutationObserver(() => check());
      const timer = setTimeout(() => {
        done = true;
        observer.disconnect();
        reject(new Error(`bench:browser: no "${what}" within ${TIMEOUT_MS / 1000} s`));
      }, TIMEOUT_MS);
      check = () => {
        if (done || !isStarted() || !test()) return;
        done = true;
        observer.disconnect();
        clearTimeout(timer);
        afterNextPaint().then(resolve);
      };
      observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
      check();
    });
    // An unread failure must not surface as an unhandled rejection before it is read.
    painted.catch(() => {});
    return { painted, check: () => check() };
  };

  const conditions = {
    /** At least one row, and the first one is not the one shown when armed. */
    firstRowChanged: (spec) => {
      const before = spec.firstRow;
      return () => {
        const first = rows()[0];
        return first !== undefined && rowText(first) !== before;
      };
    },
    /** At least one row, and every row shown contains the term (a search's results). */
    allRowsContain: (spec) => () => {
      const shown = rows();
      return shown.length > 0 && shown.every((row) => rowText(row).includes(spec.term));
    },
    /** The row containing `rowText` also contains `text` (e.g. its status after a change). */
    rowContains: (spec) => () =>
      rows().some((row) => rowText(row).includes(spec.rowText) && rowText(row).includes(spec.text)),
    /** The next frame after the start event, whatever it shows. */
    nextFrame: () => () => true,
  };

  let pending;

  window.__bench = {
    /** When the first row was painted (performance.now() time). */
    firstRow: watch(() => rows().length > 0, "first row").painted,

    /** The page's `bench:generated` mark (users generated), or NaN. */
    generated: () => performance.getEntriesByName("bench:generated")[0]?.startTime ?? Number.NaN,

    /** The page's `bench:data-ready` mark (adapter or data provider made), or NaN. */
    dataReady: () => performance.getEntriesByName("bench:data-ready")[0]?.startTime ?? Number.NaN,

    /** The first row's text as the conditions compare it. */
    firstRowText: () => {
      const first = rows()[0];
      return first ? rowText(first) : "";
    },

    rowCount: () => rows().length,

    /**
     * Starts watching: from the next `spec.start` event (the latest one, if there are several, e.g.
     * keystrokes) until `spec.until` is painted. Read the result with `result()`.
     */
    arm: (spec) => {
      let start;
      let watcher;
      const onStart = (event) => {
        start = event.timeStamp;
        watcher.check();
      };
      const test = conditions[spec.until]({ ...spec, firstRow: window.__bench.firstRowText() });
      watcher = watch(test, spec.until, () => start !== undefined);
      window.addEventListener(spec.start, onStart, { capture: true });
      const stop = () => window.removeEventListener(spec.start, onStart, { capture: true });
      pending = watcher.painted.finally(stop).then((painted) => ({ start, painted, ms: painted - start }));
      pending.catch(() => {});
    },

    /** The armed measurement: `{ start, painted, ms }`. */
    result: () => pending,

    /** Resolves once the DOM has not changed for `ms` (the page has settled), at most 20 s. */
    quiet: (ms) =>
      new Promise((resolve) => {
        let timer;
        const begun = performance.now();
        const settle = () => {
          clearTimeout(timer);
          if (performance.now() - begun > 20_000) {
            observer.disconnect();
            resolve(false);
            return;
          }
          timer = setTimeout(() => {
            observer.disconnect();
            resolve(true);
          }, ms);
        };
        const observer = new MutationObserver(settle);
        observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
        settle();
      }),
  };
})();
