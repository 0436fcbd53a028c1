import type { ComponentPropsWithoutRef } from "react";
import type { RoleDefinition } from "../../core/types";

/** Props of {@link RoleSelect}: a native select over the role model. */
export interface RoleSelectProps extends Omit<ComponentPropsWithoutRef<"select">, "onChange" | "value"> {
  roles: readonly RoleDefinition[];
  value: string;
  onChange(roleId: string): void;
}

/** A native select of roles, labelled by the surrounding Field; native for keyboard, mobile and size. */
export function RoleSelect({ roles, value, onChange, ...props }: RoleSelectProps) {
  return (
    <select data-slot="role-select" value={value} onChange={(event) => onChange(event.target.value)} {...props}>
      {roles.map((role) => (
        <option key={role.id} value={role.id}>
          {role.label}
        </option>
      ))}
    </select>
  );
}
