import { type FormEvent, useState } from "react";
import { SEEDED_PEOPLE } from "../shared";
import { signIn } from "./authApi";

/** Better Auth's email and password sign-in; its session cookie is what the user management API reads. */
export function SignInForm({ onSignedIn }: { onSignedIn(): void }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string>();
  const [sending, setSending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSending(true);
    setError(undefined);
    try {
      await signIn(email, password);
      onSignedIn();
    } catch (thrown) {
      setError(thrown instanceof Error ? thrown.message : String(thrown));
      setSending(false);
    }
  }

  return (
    <main className="demo-accept">
      <h1>Sign in</h1>
      <form onSubmit={submit}>
        <label htmlFor="sign-in-email">Email</label>
        <input
          id="sign-in-email"
          type="email"
          autoComplete="username"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <label htmlFor="sign-in-password">Password</label>
        <input
          id="sign-in-password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        {error ? (
          <p role="alert" className="demo-error">
            {error}
          </p>
        ) : null}
        <button type="submit" disabled={sending}>
          {sending ? "Signing in…" : "Sign in"}
        </button>
      </form>
      <p className="demo-note">Demo only, seeded at every start:</p>
      <ul className="demo-note">
        {Object.values(SEEDED_PEOPLE).map((person) => (
          <li key={person.email}>
            {person.role}: <bdi>{person.email}</bdi> / {person.password}
          </li>
        ))}
      </ul>
    </main>
  );
}
