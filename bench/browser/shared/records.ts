/**
 * The baselines' data: the users of `benchDataset()` (the very same generated account as our page's)
 * as the plain records a react-admin resource, or the plain-React fallback, holds. `name` is
 * "first last", what our name column sorts by; the role is its label.
 */
import { benchDataset } from "./dataset";

export interface UserRecord {
  id: string;
  name: string;
  email: string;
  lastLoginAt: string | null;
  twoFactorEnabled: boolean;
  role: string;
  status: string;
}

export function benchUserRecords(): UserRecord[] {
  const dataset = benchDataset();
  const roleLabels = new Map(dataset.roleModel.roles.map((role) => [role.id, role.label]));
  return dataset.users.map((user) => ({
    id: user.id,
    name: `${user.firstName} ${user.lastName}`.trim(),
    email: user.email,
    lastLoginAt: user.lastLoginAt,
    twoFactorEnabled: user.twoFactorEnabled,
    role: roleLabels.get(user.roleId) ?? user.roleId,
    status: user.status,
  }));
}
