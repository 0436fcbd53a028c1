// The README's "provider around the layout" pattern: the adapter lives in a client component, and
// the server page below renders the page with no adapter of its own (it takes the provider's).
import type { ReactNode } from "react";
import "react-user-management/styles.css";
import { Providers } from "./providers";

export default function CompositionLayout({ children }: { children: ReactNode }) {
  return <Providers>{children}</Providers>;
}
