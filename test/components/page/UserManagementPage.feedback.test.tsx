import { QueryClient } from "@tanstack/react-query";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { describe, expect, it, vi } from "vitest";
import { createMemoryAdapter, generateDataset } from "../../../src/adapters/memory";
import { UserManagementPage, type UserManagementPageProps } from "../../../src/components/page";
import type { FeedbackEvent } from "../../../src/components/ui/Announcer";
import { createManualClock } from "../../../src/core";
import { TEST_NOW } from "../renderWithAdapter";

const NOW = new Date(TEST_NOW);
const DATASET = generateDataset({ size: 10, now: TEST_NOW });
const nameOf = (id: string) => {
  const found = DATASET.users.find((user) => user.id === id);
  return `${found?.firstName} ${found?.lastName}`;
};
const emailOf = (id: string) => DATASET.invitations.find((invitation) => invitation.id === id)?.email ?? "";

// A 10-user account (viewer user-1, an administrator; user-5 suspended), 2 pending and 1 expired invitation.
async function renderPage(props: Partial<UserManagementPageProps> = {}) {
  const adapter = createMemoryAdapter({
    dataset: generateDataset({ size: 10, now: TEST_NOW }),
    clock: createManualClock(TEST_NOW),
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const user = userEvent.setup();
  // Toasts stay until the test is done with them: a success fades after 5 s by default, which a
  // loaded machine running axe over the page can outlast (their fading is tested in Announcer's tests).
  const rendered = render(
    <UserManagementPage adapter={adapter} queryClient={queryClient} now={NOW} toastDurationMs={600_000} {...props} />,
  );
  await screen.findByRole("button", { name: `Actions for ${nameOf("user-3")}` });
  await screen.findByRole("button", { name: `Actions for ${emailOf("invitation-3")}` });
  return { ...rendered, adapter, user };
}

const toasts = () => screen.queryByRole("region", { name: "Notifications" });
/** The toast saying `text`, visible on the page. */
const toast = async (text: string) => {
  const region = await screen.findByRole("region", { name: "Notifications" });
  const found = await within(region).findByText(text);
  return found.closest<HTMLElement>('[data-slot="toast"]') as HTMLElement;
};
/** Screen readers hear a success once: from the live region, not again from its toast. */
const spokenOnce = async (text: string) => {
  await waitFor(() => expect(screen.getByRole("status", { name: "" })).toHaveTextContent(text));
  const live = document.querySelectorAll('[aria-live], [role="status"], [role="alert"]');
  const saying = Array.from(live).filter((element) => element.textContent?.includes(text));
  expect(saying).toHaveLength(1);
};

async function rowAction(user: ReturnType<typeof userEvent.setup>, name: string, item: string) {
  await user.click(screen.getByRole("button", { name: `Actions for ${name}` }));
  await user.click(await screen.findByRole("menuitem", { name: item }));
}

describe("UserManagementPage feedback (toasts)", () => {
  it("Suspend shows a toast with Undo; Undo reactivates", async () => {
    const { user, adapter, container } = await renderPage();
    const name = nameOf("user-3");
    await rowAction(user, name, "Suspend");
    const dialog = await screen.findByRole("alertdialog");
    await user.click(within(dialog).getByRole("button", { name: "Suspend user" }));
    const shown = await toast(`${name} was suspended and logged out.`);
    expect(shown).toBeVisible();
    expect(shown).toHaveAttribute("data-kind", "success");
    await spokenOnce(`${name} was suspended and logged out.`);
    expect((await axe.run(container)).violations).toEqual([]);

    await user.click(within(shown).getByRole("button", { name: "Undo" }));
    await toast(`${name} was reactivated.`);
    const memory = adapter as ReturnType<typeof createMemoryAdapter>;
    expect(memory.snapshot().users.find((stored) => stored.id === "user-3")?.status).toBe("active");
  });

  it("Delete shows a toast", async () => {
    const { user } = await renderPage();
    const name = nameOf("user-3");
    await rowAction(user, name, "Delete");
    await user.click(within(await screen.findByRole("alertdialog")).getByRole("button", { name: "Delete user" }));
    const shown = await toast(`${name} was deleted.`);
    // Nothing to undo a deletion with.
    expect(within(shown).queryByRole("button", { name: "Undo" })).toBeNull();
    await spokenOnce(`${name} was deleted.`);
  });

  it("Resend shows a toast", async () => {
    const { user } = await renderPage();
    const email = emailOf("invitation-3");
    await rowAction(user, email, "Resend");
    await toast(`A new invitation was sent to ${email}. It is valid for 7 days.`);
    await spokenOnce(`A new invitation was sent to ${email}. It is valid for 7 days.`);
  });

  it("Save in the edit dialog shows a toast once the dialog has closed", async () => {
    const { user } = await renderPage();
    const name = nameOf("user-3");
    await rowAction(user, name, "Edit profile");
    const dialog = await screen.findByRole("dialog");
    const first = await within(dialog).findByRole("textbox", { name: "First name" });
    await user.clear(first);
    await user.type(first, "Dmitri");
    await user.click(within(dialog).getByRole("button", { name: "Save" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    const shown = await toast(`\u2068Dmitri ${name.split(" ").slice(1).join(" ")}\u2069 was saved.`);
    expect(shown).toBeVisible();
  });

  it("a failed reactivation shows an error toast whose Try again runs it again; the toast can be dismissed", async () => {
    const { user, adapter } = await renderPage();
    const memory = adapter as ReturnType<typeof createMemoryAdapter>;
    const name = nameOf("user-5");
    memory.failNext("unavailable", "reactivateUser");
    memory.failNext("unavailable", "reactivateUser");
    await rowAction(user, name, "Reactivate");
    const failed = await toast(`${name} could not be reactivated.`);
    expect(failed).toHaveAttribute("data-kind", "error");
    expect(within(failed).getByRole("alert")).toHaveTextContent("The service is unavailable right now.");
    // Said once, by the alert; not again above the table.
    expect(screen.getAllByRole("alert")).toHaveLength(1);

    const reactivate = vi.spyOn(memory, "reactivateUser");
    await user.click(within(failed).getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(reactivate).toHaveBeenCalledOnce());
    const again = await toast(`${name} could not be reactivated.`);
    await user.click(within(again).getByRole("button", { name: "Dismiss" }));
    expect(toasts()).toBeNull();

    await rowAction(user, name, "Reactivate");
    await toast(`${name} was reactivated.`);
  });

  it('feedback="none" shows no toast and tells onFeedback of each result', async () => {
    const onFeedback = vi.fn<(event: FeedbackEvent) => void>();
    const { user, adapter } = await renderPage({ feedback: "none", onFeedback });
    const name = nameOf("user-3");
    await rowAction(user, name, "Suspend");
    await user.click(within(await screen.findByRole("alertdialog")).getByRole("button", { name: "Suspend user" }));
    await waitFor(() =>
      expect(onFeedback).toHaveBeenCalledWith(
        expect.objectContaining({
          kind: "success",
          message: `${name} was suspended and logged out.`,
          action: "user.suspend",
        }),
      ),
    );
    await spokenOnce(`${name} was suspended and logged out.`);
    expect(toasts()).toBeNull();

    // A failure is shown where it happened, as without toasts, and heard by the host.
    (adapter as ReturnType<typeof createMemoryAdapter>).failNext("unavailable", "reactivateUser");
    await rowAction(user, name, "Reactivate");
    expect(await screen.findByRole("alert")).toHaveTextContent(`${name} could not be reactivated.`);
    expect(onFeedback).toHaveBeenLastCalledWith(
      expect.objectContaining({
        kind: "error",
        message: `${name} could not be reactivated.`,
        action: "user.reactivate",
      }),
    );
    expect(toasts()).toBeNull();
  });
});
