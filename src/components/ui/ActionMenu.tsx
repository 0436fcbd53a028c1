import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import { useIsMutating } from "@tanstack/react-query";
import { useId, useRef } from "react";
import { userManagementKeys } from "../../hooks/userManagementKeys";
import { useI18n } from "../i18n/I18nContext";
import { useRootProps } from "./useRootProps";

/** The prefix of every mutation key of this library (see `userManagementKeys.mutation`). */
const MUTATIONS = [...userManagementKeys.all, "mutation"];

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
  /** The id of the row's item (user, invitation, external user): the menu is busy while a request about it is pending. */
  busyFor?: string | undefined;
}

/**
 * A row's "⋯" menu (Radix DropdownMenu), the one action pattern of every list. A disallowed action
 * is not hidden and not skipped by the keyboard: it is marked `aria-disabled` and carries its reason
 * as visible text and as its description, so everyone learns why (R9, R18, R19).
 *
 * While one of this library's requests about the row's item is pending (`busyFor`), however it
 * began (this menu, a dialog, a toast's Undo or Try again), the trigger is `aria-busy` and every item
 * is inert in the same way, saying it is in progress (`data-state="busy"`): a second press cannot
 * send a second request, nor another action race the first. Read from TanStack's mutation cache,
 * so no caller keeps that state.
 *
 * Slots: `menu-trigger` (`aria-busy`), `menu`, `menu-item` (`data-state` denied | busy,
 * `data-variant` danger), `menu-item-label`, `menu-item-reason`.
 */
export function ActionMenu({ label, actions, busyFor }: ActionMenuProps) {
  const rootProps = useRootProps();
  const { common } = useI18n().messages;
  const baseId = useId();
  const trigger = useRef<HTMLButtonElement>(null);
  // The chosen action runs once the menu has closed, when Radix would give focus back to the
  // trigger: a dialog opened any earlier would have its first focus pulled back into the menu.
  // When it opens a dialog, the dialog takes focus instead (and gives it back to the trigger).
  const chosen = useRef<MenuAction | null>(null);
  const busy =
    useIsMutating({
      // Every row request's variables carry the item's id. Ids of two kinds of item could meet on
      // some backend: the menu would then only wait for the other's answer too, sending nothing.
      mutationKey: MUTATIONS,
      predicate: ({ state }) =>
        busyFor !== undefined && (state.variables as { id?: unknown } | undefined)?.id === busyFor,
    }) > 0;
  return (
    // Not modal: a modal menu hides the rest of the page with aria-hidden while its triggers stay
    // focusable (axe's aria-hidden-focus); the open menu still takes focus and Escape or a click
    // outside closes it.
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger ref={trigger} data-slot="menu-trigger" aria-label={label} aria-busy={busy || undefined}>
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
            const reason = busy ? common.inProgress : action.disabledReason;
            return (
              <DropdownMenu.Item
                key={action.id}
                data-slot="menu-item"
                data-variant={action.destructive ? "danger" : undefined}
                data-state={busy ? "busy" : reason && "denied"}
                aria-disabled={!!reason || undefined}
                aria-describedby={reason && reasonId}
                onSelect={(event) => {
                  if (reason) event.preventDefault();
                  else chosen.current = action;
                }}
              >
                <span data-slot="menu-item-label">{action.label}</span>
                {/* Its name is what it shows, label then reason: a space keeps the two words apart. */}
                {reason && " "}
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
