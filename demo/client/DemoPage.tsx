import { QueryClient, QueryClientProvider, useQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useState } from "react";
import { fetchOutbox, fetchPeople, readViewerCookie, writeViewerCookie } from "./demoApi";
import { OutboxPanel } from "./OutboxPanel";
import { SignedInPage } from "./SignedInPage";
import { ViewerSwitcher } from "./ViewerSwitcher";

/** The demo's own data (people to sign in as, the outbox), apart from the library page's cache. */
const demoQueryClient = new QueryClient({ defaultOptions: { queries: { retry: 1 } } });
const PEOPLE = ["demo", "people"] as const;
const OUTBOX = ["demo", "outbox"] as const;

export function DemoPage() {
  return (
    <QueryClientProvider client={demoQueryClient}>
      <DemoLayout />
    </QueryClientProvider>
  );
}

function DemoLayout() {
  const people = useQuery({ queryKey: PEOPLE, queryFn: ({ signal }) => fetchPeople(signal) });
  const outbox = useQuery({ queryKey: OUTBOX, queryFn: ({ signal }) => fetchOutbox(signal) });
  const [cookieViewer, setCookieViewer] = useState(readViewerCookie);
  const viewerId = cookieViewer ?? people.data?.defaultViewerId ?? null;

  // First visit: sign in as the first active owner, so the page opens on the full list.
  useEffect(() => {
    if (!cookieViewer && viewerId) writeViewerCookie(viewerId);
  }, [cookieViewer, viewerId]);

  const signIn = (id: string) => {
    writeViewerCookie(id);
    setCookieViewer(id);
  };
  const refresh = useCallback(() => void demoQueryClient.invalidateQueries({ queryKey: ["demo"] }), []);

  return (
    <>
      <header className="demo-bar">
        <p className="demo-title">
          <strong>react-user-management</strong> full-stack demo: REST adapter → server handler → PGlite
        </p>
        {viewerId && people.data ? (
          <ViewerSwitcher people={people.data.people} viewerId={viewerId} onChange={signIn} />
        ) : null}
      </header>
      <div className="demo-layout">
        <main className="demo-main">
          {viewerId ? (
            <SignedInPage key={viewerId} onChanged={refresh} />
          ) : people.error ? (
            <p role="alert">The demo server could not be reached. Is `npm run demo` running?</p>
          ) : (
            <p role="status">Loading…</p>
          )}
        </main>
        <OutboxPanel messages={outbox.data?.messages} error={outbox.error} onRefresh={() => void outbox.refetch()} />
      </div>
    </>
  );
}
