import type { Ref } from "react";
import type { RoleDefinition, UserStatus } from "../../core/types";
import type { UsersListStateControls } from "../../hooks";
import { useI18n } from "../i18n/I18nContext";

const STATUSES: readonly UserStatus[] = ["active", "suspended", "revoked"];

/** Props of {@link UserTableToolbar}. */
export interface UserTableToolbarProps {
  /** The search box's text as typed (the table debounces it before it reaches the adapter). */
  search: string;
  onSearchChange(search: string): void;
  list: Pick<UsersListStateControls, "roleIds" | "setRoleIds" | "statuses" | "setStatuses">;
  roles: readonly RoleDefinition[];
  /** The search box, so the table can move focus there (e.g. after its row was deleted). */
  searchRef?: Ref<HTMLInputElement>;
}

/**
 * The search box and the role and status filters, as native controls. Everything is applied by
 * the adapter (R1).
 */
export function UserTableToolbar({ search, onSearchChange, list, roles, searchRef }: UserTableToolbarProps) {
  const { messages } = useI18n();
  const m = messages.userTable;

  return (
    <div data-slot="user-table-toolbar">
      <input
        ref={searchRef}
        type="search"
        data-slot="user-table-search"
        aria-label={m.searchLabel}
        placeholder={m.searchPlaceholder}
        value={search}
        onChange={(event) => onSearchChange(event.target.value)}
      />
      <label data-slot="user-table-filter">
        <span>{m.roleFilter}</span>
        <select value={list.roleIds[0] ?? ""} onChange={(event) => list.setRoleIds(only(event.target.value))}>
          <option value="">{m.allRoles}</option>
          {roles.map((role) => (
            <option key={role.id} value={role.id}>
              {role.label}
            </option>
          ))}
        </select>
      </label>
      <label data-slot="user-table-filter">
        <span>{m.statusFilter}</span>
        <select
          value={list.statuses[0] ?? ""}
          onChange={(event) => list.setStatuses(only(event.target.value as UserStatus | ""))}
        >
          <option value="">{m.allStatuses}</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {messages.common.status[status]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

/** A single-choice select as a filter list: "" means every value. */
function only<T extends string>(value: T | ""): T[] {
  return value === "" ? [] : [value];
}
