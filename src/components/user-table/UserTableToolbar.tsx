import type { Ref } from "react";
import type { RoleDefinition, UserStatus } from "../../core/types";
import type { UsersListStateControls } from "../../hooks";
import { useI18n } from "../i18n/I18nContext";
import { roleLabel } from "../ui/roleLabels";
import { SearchBox } from "./SearchBox";

/** Props of {@link UserTableToolbar}. */
export interface UserTableToolbarProps {
  /** The list's search, as applied: the box starts from it (give the toolbar a new `key` to clear the box). */
  search: string;
  /** Applies a search to the list: once typing pauses, or at every change when the adapter declares `search: "as-typed"`. */
  onSearch(search: string): void;
  list: Pick<UsersListStateControls, "roleIds" | "setRoleIds" | "statuses" | "setStatuses">;
  roles: readonly RoleDefinition[];
  /** The search box, so the table can move focus there (e.g. after its row was deleted). */
  searchRef?: Ref<HTMLInputElement>;
}

/**
 * The search box and the role and status filters, as native controls. Everything is applied by
 * the adapter (R1). Each filter is a single choice: "" means every value.
 */
export function UserTableToolbar({ search, onSearch, list, roles, searchRef }: UserTableToolbarProps) {
  const { messages } = useI18n();
  const m = messages.userTable;
  return (
    <div data-slot="user-table-toolbar">
      <SearchBox
        applied={search}
        onSearch={onSearch}
        label={m.searchLabel}
        placeholder={m.searchPlaceholder}
        inputRef={searchRef}
      />
      <FilterSelect
        label={m.roleFilter}
        value={list.roleIds[0] ?? ""}
        options={[["", m.allRoles], ...roles.map((role): Option => [role.id, roleLabel(roles, role.id, messages)])]}
        onChange={(roleId) => list.setRoleIds(roleId ? [roleId] : [])}
      />
      <FilterSelect
        label={m.statusFilter}
        value={list.statuses[0] ?? ""}
        options={[["", m.allStatuses], ...Object.entries(messages.common.status)]}
        onChange={(status) => list.setStatuses(status ? [status as UserStatus] : [])}
      />
    </div>
  );
}

type Option = [value: string | number, label: string];

/** A labelled native select of the table: a filter, or the rows per page. */
export function FilterSelect(props: {
  label: string;
  value: string | number;
  options: readonly Option[];
  onChange(value: string): void;
}) {
  return (
    <label data-slot="user-table-filter">
      <span>{props.label}</span>
      <select value={props.value} onChange={(event) => props.onChange(event.target.value)}>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}
