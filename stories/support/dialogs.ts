import { expect, waitFor, type within } from "storybook/test";

/** What `within(…)` returns: the queries bound to an element. */
type Scope = ReturnType<typeof within>;
type ByRoleOptions = Parameters<Scope["findByRole"]>[1];

/**
 * The open dialog, once it takes pointer input. A modal layer (a menu, then the dialog its item
 * opens) turns pointer events off for the rest of the page, and Radix lets the new dialog's layer
 * have them in the render after it mounts: a click in between is refused, which a loaded machine
 * sometimes reaches. A play function waits for that state, as a person would never notice it.
 */
export async function findDialog(
  scope: Scope,
  role: "dialog" | "alertdialog",
  options?: ByRoleOptions,
): Promise<HTMLElement> {
  const dialog = await scope.findByRole(role, options);
  await waitFor(() => expect(getComputedStyle(dialog).pointerEvents).not.toBe("none"));
  return dialog;
}
