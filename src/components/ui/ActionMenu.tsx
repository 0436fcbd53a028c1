import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import { useId } from "react";
import { useRootProps } from "./useRootProps";

/** One entry of an {@link ActionMenu}. */
export interface MenuAction {
  id: string;
  label: string;
  onSelect(): void;
  /** Why the action is not allowed; the item stays readable and focusable but does nothing (R9). */
  disabledReason?: string | undefined;
  destructive?: boolean;
}

/** Props of {@link ActionMenu}. */
export interface ActionMenuProps {
  /** Accessible name of the trigger, e.g. "Actions for Ada Lovelace". */
  label: string;
  actions: readonly MenuAction[];
}

/**
 * A row's "⋯" menu (Radix DropdownMenu). A disallowed action is not hidden and not skipped by the
 * keyboard: it is marked `aria-disabled` and carries its reason as visible text and as its
 * description, so everyone learns why (R9, R18, R19).
 */
export function ActionMenu({ label, actions }: ActionMenuProps) {
  const rootProps = useRootProps();
  const baseId = useId();
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger data-slot="menu-trigger" aria-label={label}>
        <span aria-hidden="true">⋯</span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content data-slot="menu" align="end" sideOffset={4} {...rootProps}>
          {actions.map((action) => {
            const reasonId = `${baseId}-${action.id}`;
            const denied = action.disabledReason !== undefined;
            return (
              <DropdownMenu.Item
                key={action.id}
                data-slot="menu-item"
                data-variant={action.destructive ? "danger" : undefined}
                data-state={denied ? "denied" : "allowed"}
                aria-disabled={denied || undefined}
                aria-describedby={denied ? reasonId : undefined}
                onSelect={(event) => {
                  if (denied) event.preventDefault();
                  else action.onSelect();
                }}
              >
                <span data-slot="menu-item-label">{action.label}</span>
                {denied && (
                  <span data-slot="menu-item-reason" id={reasonId}>
                    {action.disabledReason}
                  </span>
                )}
              </DropdownMenu.Item>
            );
          })}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
