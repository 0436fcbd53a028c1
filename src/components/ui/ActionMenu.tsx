import { useRef } from "react";
import { lazyPart } from "./lazyPart";

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

/** What the placeholder of an {@link ActionMenu} saw before the menu's code came. */
export interface MenuHandoff {
  /** It was pressed: the menu opens as soon as it can. */
  open: boolean;
  /** It had focus: the real trigger takes it. */
  focused: boolean;
  /** Set by the real menu while it is mounted: opens it (a press that reached the placeholder late). */
  opened: (() => void) | undefined;
}

/** Placeholders whose presses are already listened to. */
const listened = new WeakSet<HTMLElement>();

/**
 * Hears a press on the placeholder, as Radix's trigger does (pointer down with the main button and
 * no Ctrl, a click (Enter, Space), ArrowDown), and hands it on. Native listeners on the button, not
 * React's: React hears only events that reach its root, and a press can reach the placeholder after
 * the real trigger, a new button, has replaced it (whoever pressed had found the placeholder: a
 * script, a play function, a person whose press began on it). Such a press opens the real menu.
 */
function listenForPress(button: HTMLButtonElement, handoff: MenuHandoff) {
  if (listened.has(button)) return;
  listened.add(button);
  const press = () => {
    handoff.open = true;
    handoff.opened?.();
  };
  button.addEventListener("pointerdown", (event) => {
    if (event.button === 0 && !event.ctrlKey) press();
  });
  button.addEventListener("click", press);
  button.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown") press();
  });
}

const Menu = /* @__PURE__ */ lazyPart(
  () => import("./ActionMenuContent").then((module) => module.ActionMenuContent),
  // Until the menu's code has come (it loads when the first row shows, not with the first paint),
  // the same trigger, which remembers a press or focus for the menu to take over, and hands on a
  // press that comes once the menu has taken over.
  ({ label, handoff }: ActionMenuProps & { handoff: MenuHandoff }) => (
    <button
      type="button"
      data-slot="menu-trigger"
      aria-label={label}
      aria-haspopup="menu"
      aria-expanded={false}
      data-state="closed"
      ref={(button) => {
        if (button) listenForPress(button, handoff);
      }}
      onFocus={() => {
        handoff.focused = true;
      }}
      onBlur={() => {
        handoff.focused = false;
      }}
    >
      <span aria-hidden="true">⋯</span>
    </button>
  ),
);

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
 * The menu's code loads on first use, in its own chunk; until then a plain trigger stands in, and
 * a press on it opens the menu once it has loaded, even a press that reaches it after the real
 * trigger replaced it: no press on "⋯" is lost.
 *
 * Slots: `menu-trigger` (`aria-busy`), `menu`, `menu-item` (`data-state` denied | busy,
 * `data-variant` danger), `menu-item-label`, `menu-item-reason`.
 */
export function ActionMenu(props: ActionMenuProps) {
  const handoff = useRef<MenuHandoff>({ open: false, focused: false, opened: undefined });
  return <Menu {...props} handoff={handoff.current} />;
}
