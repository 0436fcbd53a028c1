// A host that already has the provider (for the hooks elsewhere) renders the page inside it, with no
// adapter of its own: the page takes the provider's.
import { UserManagementPage, UserManagementProvider } from "react-user-management";
import { createMemoryAdapter } from "react-user-management/adapters/memory";

const a = createMemoryAdapter();

export const Composition = () => (
  <UserManagementProvider adapter={a}>
    <UserManagementPage />
  </UserManagementProvider>
);
