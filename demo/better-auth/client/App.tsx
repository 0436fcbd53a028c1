import { QueryClient, QueryClientProvider, useQuery } from "@tanstack/react-query";
import { useCallback } from "react";
import { fetchOutbox } from "../../client/demoApi";
import { OutboxPanel } from "../../client/OutboxPanel";
import { SignedInPage } from "../../client/SignedInPage";
import { type AuthSession, getAuthSession, signOut } from "./authApi";
import { SignInForm } from "./SignInForm";

/** The page's own queries (Better Auth's session, the outbox); the library's page keeps its own client. */
const shellClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
const SESSION = ["auth", "session"] as const;
const OUTBOX = ["demo", "outbox"] as const;

/** Better Auth's sign-in when nobody is signed in; the organization's users page when someone is. */
export function App() {
  return (
    <QueryClientProvider client={shellClient}>
      <Shell />
    </QueryClientProvider>
  );
}

function Shell() {
  const session = useQuery({ queryKey: SESSION, queryFn: getAuthSession });
  const refreshSession = useCallback(() => shellClient.invalidateQueries({ queryKey: SESSION }), []);
  if (session.error) return <p role="alert">The demo server could not be reached. Is it running?</p>;
  if (session.isPending) return <p role="status">Loading…</p>;
  if (!session.data) return <SignInForm onSignedIn={refreshSession} />;
  return <SignedIn session={session.data} />;
}

function SignedIn({ session }: { session: AuthSession }) {
  const outbox = useQuery({ queryKey: OUTBOX, queryFn: ({ signal }) => fetchOutbox(signal) });
  // A change may have sent an invitation mail.
  const refreshOutbox = useCallback(() => void shellClient.invalidateQueries({ queryKey: OUTBOX }), []);
  const leave = async () => {
    await signOut();
    shellClient.setQueryData(SESSION, null);
  };
  const { name, email } = session.user;
  return (
    <>
      <header className="demo-bar">
        <p className="demo-title">
          <strong>react-user-management</strong> on Better Auth: REST adapter → createAdapterHandler → Better Auth
          adapter
        </p>
        <p>
          Signed in as <bdi>{name || email}</bdi> (<bdi>{email}</bdi>){" "}
          <button type="button" onClick={() => void leave()}>
            Sign out
          </button>
        </p>
      </header>
      <div className="demo-layout">
        <main className="demo-main">
          {/* Keyed by the person: each sign-in starts from an empty cache. */}
          <SignedInPage key={session.user.id} onChanged={refreshOutbox} />
        </main>
        <OutboxPanel messages={outbox.data?.messages} error={outbox.error} onRefresh={refreshOutbox} />
      </div>
    </>
  );
}
