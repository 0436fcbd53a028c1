import { type FormEvent, useState } from "react";
import { en, errorMessage } from "../../src/components";
import { toUserManagementError } from "../../src/core/errors";
import type { User } from "../../src/core/types";
import { adapter, writeViewerCookie } from "./demoApi";

type State = { step: "form"; error?: unknown; sending?: boolean } | { step: "done"; user: User };

/**
 * Where an invitation's accept link leads (R15): the invitee gives their name and joins. The token in
 * the link is their credential; the link works once. A small page of the demo, not of the library.
 */
export function AcceptInvitationPage() {
  const token = new URLSearchParams(window.location.search).get("token") ?? "";
  const [firstName, setFirstName] = useState("");
  const [lastName, setLastName] = useState("");
  const [state, setState] = useState<State>({ step: "form" });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setState({ step: "form", sending: true });
    try {
      const { user } = await adapter.acceptInvitation({ token, firstName, lastName });
      setState({ step: "done", user });
    } catch (error) {
      setState({ step: "form", error });
    }
  }

  if (state.step === "done") {
    const { user } = state;
    const name = `${user.firstName} ${user.lastName}`.trim() || user.email;
    return (
      <main className="demo-accept">
        <h1>Welcome aboard</h1>
        <p role="status">
          <bdi>{name}</bdi> joined the account as <bdi>{user.email}</bdi>.
        </p>
        <p className="demo-actions">
          <a
            href="/"
            onClick={() => {
              writeViewerCookie(user.id);
            }}
          >
            Sign in as <bdi>{name}</bdi>
          </a>
          <a href="/">Back to the demo</a>
        </p>
      </main>
    );
  }

  const fieldErrors = state.error ? toUserManagementError(state.error).fieldErrors : undefined;
  return (
    <main className="demo-accept">
      <h1>Accept your invitation</h1>
      <p>You were invited to join an account. Give your name to finish.</p>
      <form onSubmit={submit} noValidate>
        <label htmlFor="accept-first-name">First name</label>
        <input
          id="accept-first-name"
          autoComplete="given-name"
          value={firstName}
          onChange={(event) => setFirstName(event.target.value)}
          aria-invalid={fieldErrors?.firstName ? true : undefined}
        />
        <label htmlFor="accept-last-name">Last name</label>
        <input
          id="accept-last-name"
          autoComplete="family-name"
          value={lastName}
          onChange={(event) => setLastName(event.target.value)}
          aria-invalid={fieldErrors?.lastName ? true : undefined}
        />
        {state.error ? (
          <p role="alert" className="demo-error">
            {errorMessage(state.error, en)}
          </p>
        ) : null}
        <button type="submit" disabled={state.sending}>
          {state.sending ? "Joining…" : "Join the account"}
        </button>
      </form>
      <p>
        <a href="/">Back to the demo</a>
      </p>
    </main>
  );
}
