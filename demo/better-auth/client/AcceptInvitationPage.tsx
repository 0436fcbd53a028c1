import { type FormEvent, useState } from "react";
import { defaultNameMapping } from "../../../src/adapters/better-auth/names";
import { en, errorMessage } from "../../../src/components";
import type { User } from "../../../src/core/types";
import { adapter } from "../../client/demoApi";
import { AuthError, signUp } from "./authApi";

type State = { step: "form"; error?: unknown; sending?: boolean } | { step: "done"; user: User };

/** Better Auth's refusals in its words, the adapter's in the library's catalog. */
const describe = (error: unknown) => (error instanceof AuthError ? error.message : errorMessage(error, en));

/**
 * Where an invitation's link leads: the invitee creates their Better Auth login (sign-up signs them
 * in), then accepts through the REST adapter, which the server serves as their new session. Better
 * Auth accepts only for the address the invitation was sent to, so that address is fixed here.
 */
export function AcceptInvitationPage() {
  const link = new URLSearchParams(window.location.search);
  const token = link.get("token") ?? "";
  const email = link.get("email") ?? "";
  const [firstName, setFirstName] = useState("");
  const [lastName, setLastName] = useState("");
  const [password, setPassword] = useState("");
  // Signed up already: a retry after a failed acceptance only accepts.
  const [signedUp, setSignedUp] = useState(false);
  const [state, setState] = useState<State>({ step: "form" });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setState({ step: "form", sending: true });
    try {
      if (!signedUp) {
        await signUp(defaultNameMapping.join(firstName, lastName), email, password);
        setSignedUp(true);
      }
      const { user } = await adapter.acceptInvitation({ token, firstName, lastName });
      setState({ step: "done", user });
    } catch (error) {
      setState({ step: "form", error });
    }
  }

  if (state.step === "done") {
    const name = defaultNameMapping.join(state.user.firstName, state.user.lastName) || state.user.email;
    return (
      <main className="demo-accept">
        <h1>Welcome aboard</h1>
        <p role="status">
          <bdi>{name}</bdi> joined the organization as <bdi>{state.user.email}</bdi>.
        </p>
        <p>
          <a href="/">Go to the organization</a>
        </p>
      </main>
    );
  }

  return (
    <main className="demo-accept">
      <h1>Accept your invitation</h1>
      <p>Create your login to join the organization.</p>
      <form onSubmit={submit}>
        <label htmlFor="accept-email">Email</label>
        <input id="accept-email" type="email" autoComplete="username" value={email} readOnly />
        <label htmlFor="accept-first-name">First name</label>
        <input
          id="accept-first-name"
          autoComplete="given-name"
          value={firstName}
          disabled={signedUp}
          onChange={(event) => setFirstName(event.target.value)}
        />
        <label htmlFor="accept-last-name">Last name</label>
        <input
          id="accept-last-name"
          autoComplete="family-name"
          value={lastName}
          disabled={signedUp}
          onChange={(event) => setLastName(event.target.value)}
        />
        <label htmlFor="accept-password">Password</label>
        <input
          id="accept-password"
          type="password"
          autoComplete="new-password"
          minLength={8}
          value={password}
          disabled={signedUp}
          onChange={(event) => setPassword(event.target.value)}
        />
        {state.error ? (
          <p role="alert" className="demo-error">
            {describe(state.error)}
          </p>
        ) : null}
        <button type="submit" disabled={state.sending}>
          {state.sending ? "Joining…" : "Join the organization"}
        </button>
      </form>
    </main>
  );
}
