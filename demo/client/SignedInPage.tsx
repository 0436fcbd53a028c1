import { QueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { UserManagementPage } from "../../src/components";
import { isUserManagementError } from "../../src/core/errors";
import { adapter } from "./demoApi";

/** Only what may pass by itself is retried: a malformed or refused answer would come back the same. */
const retryTransient = (failureCount: number, error: unknown) =>
  failureCount < 2 && (isUserManagementError(error, "network") || isUserManagementError(error, "unavailable"));

/** Props of {@link SignedInPage}. */
export interface SignedInPageProps {
  /** Told when a change succeeded, so the demo's switcher and outbox can refresh. */
  onChanged(): void;
}

/**
 * The library's page on the REST adapter, as the signed-in person sees it. Mounted once per person
 * (keyed by their id), so each starts from an empty cache, as after a real sign-in.
 */
export function SignedInPage({ onChanged }: SignedInPageProps) {
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: retryTransient } } }));
  useEffect(
    () =>
      queryClient.getMutationCache().subscribe((event) => {
        if (event.type === "updated" && event.action.type === "success") onChanged();
      }),
    [queryClient, onChanged],
  );
  return <UserManagementPage adapter={adapter} queryClient={queryClient} />;
}
