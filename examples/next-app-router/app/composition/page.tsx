// A server component: <UserManagementPage /> with no adapter, inside the layout's provider.
import { UserManagementPage } from "react-user-management";

export default function CompositionPage() {
  return (
    <main>
      <UserManagementPage upgrade={{ href: "/billing" }} />
    </main>
  );
}
