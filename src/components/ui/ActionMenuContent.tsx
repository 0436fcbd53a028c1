import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState, useSyncExternalStore } from "react";
import { useI18n } from "../i18n/I18nContext";
import type { ActionMenuProps, MenuAction, MenuHandoff } from "./ActionMenu";
import { busyItems } from "./busyItems";
import { useRootProps } from "./useRootProps";

/**
 * The menu of {@link ActionMenu} once its code has loaded (Radix DropdownMenu, with Popper and
 * floating-ui, the page's largest dependency: loaded on first use, not with the first paint). It
 * takes over from the placeholder: opens at once if it was pressed, and keeps focus where it was.
 */
export function ActionMenuContent({ label, actions, busyFor, handoff }: ActionMenuProps & { handoff: MenuHandoff }) {
  const rootProps = useRootProps();
  const { common } = useI18n().messages;
  const baseId = useId();
  const trigger = useRef<HTMLButtonElement>(null);
  // The chosen action runs once the menu has closed, when Radix would give focus back to the
  // trigger: a dialog opened any earlier would have its first focus pulled back into the menu.
  // When it opens a dialog, the dialog takes focus instead (and gives it back to the trigger).
  const chosen = useRef<MenuAction | null>(null);
  const [open, setOpen] = useState(handoff.open);
  // A press on the placeholder opens the menu, also one that reaches it once this has replaced it
  // (from then on, or between this render and now). A placeholder that had focus hands it on; an
  // open menu takes focus itself.
  useEffect(() => {
    handoff.opened = () => setOpen(true);
    // Taken once: a remount of this menu does not open it again.
    if (handoff.open) setOpen(true);
    else if (handoff.focused) trigger.current?.focus();
    handoff.open = false;
    handoff.focused = false;
    return () => {
      handoff.opened = undefined;
    };
  }, [handoff]);
  const busyStore = busyItems(useQueryClient());
  const busy = useSyncExternalStore(busyStore.subscribe, () => busyFor !== undefined && busyStore.has(busyFor));
  return (
    // Not modal: a modal menu hides the rest of the page with aria-hidden while its triggers stay
    // focusable (axe's aria-hidden-focus); the open menu still takes focus and Escape or a click
    // outside closes it.
    <DropdownMenu.Root modal={false} open={open} onOpenChange={setOpen}>
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
