// A server component (no "use client"): it renders the README quick start, copied verbatim into
// ./users-settings.tsx, and `next build` prerenders it (scripts/check-hosts.mjs reads the HTML).
import { UsersSettings } from "./users-settings";

export default function Page() {
  return (
    <main>
      <UsersSettings />
    </main>
  );
}
