import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import { useId, useRef } from "react";
import { useRootProps } from "./useRootProps";

/** One entry of an {@link ActionMenu}. */
export interface MenuAction {
  id: string;
  label: string;
  /** Runs once the menu has closed after the action was chosen; gets the menu's trigger, to give focus back to after a dialog. */
  onSelect(trigger: HTMLElement | null): void;
  /** The action opens a dialog: the closing menu leaves focus to it instead of taking it back to the trigger. */
  opensDialog?: boolean;
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
  const trigger = useRef<HTMLButtonElement>(null);
  // The chosen action runs once the menu has closed, when Radix would give focus back to the
  // trigger: a dialog opened any earlier would have its first focus pulled back into the menu.
  // When it opens a dialog, the dialog takes focus instead (and gives it back to the trigger).
  const chosen = useRef<MenuAction | null>(null);
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger ref={trigger} data-slot="menu-trigger" aria-label={label}>
        <span aria-hidden="true">⋯</span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          data-slot="menu"
          align="end"
          sideOffset={4}
          {...rootProps}
          onCloseAutoFocus={(event) => {
            const action = chosen.current;
            chosen.current = null;
            if (action?.opensDialog) event.preventDefault();
            action?.onSelect(trigger.current);
          }}
        >
          {actions.map((action) => {
            const reasonId = `${baseId}-${action.id}`;
            const reason = action.disabledReason;
            return (
              <DropdownMenu.Item
                key={action.id}
                data-slot="menu-item"
                data-variant={action.destructive ? "danger" : undefined}
                data-state={reason && "denied"}
                aria-disabled={!!reason || undefined}
                aria-describedby={reason && reasonId}
                onSelect={(event) => {
                  if (reason) event.preventDefault();
                  else chosen.current = action;
                }}
              >
                <span data-slot="menu-item-label">{action.label}</span>
                {reason && (
                  <span data-slot="menu-item-reason" id={reasonId}>
                    {reason}
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
