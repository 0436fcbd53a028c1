import * as Dialog from "@radix-ui/react-dialog";
import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { EMPTY_DRAFT, InviteForm, type InviteRequest } from "../../../src/components/invite/InviteForm";
import { renderWithAdapter } from "../renderWithAdapter";

/** The form alone, with a `send` the test settles by hand and a status that never changes. */
function renderForm() {
  const answers: { resolve: () => void; reject: (error: Error) => void }[] = [];
  const send = vi.fn(
    (_request: InviteRequest) =>
      new Promise<void>((resolve, reject) => {
        answers.push({ resolve, reject });
      }),
  );
  // Its Cancel is a dialog's close button: the form always lives in a dialog.
  const view = renderWithAdapter(
    <Dialog.Root open>
      <InviteForm
        initial={{ ...EMPTY_DRAFT, roleId: "user" }}
        single
        send={send}
        status={{ isPending: false, error: null }}
        submitLabel={() => "Send invitation"}
        decide={() => ({ allowed: true })}
      />
    </Dialog.Root>,
  );
  return { ...view, send, answers };
}

describe("InviteForm", () => {
  it("R11, issue 9: once sent, a click before the outcome replaces the form sends nothing more", async () => {
    const { user, send, answers } = renderForm();
    await user.type(await screen.findByLabelText("Email address"), "once@example.com");
    const submit = screen.getByRole("button", { name: "Send invitation" });
    await user.click(submit);
    expect(send).toHaveBeenCalledTimes(1);

    // The answer is in; the parent has not shown the outcome yet.
    answers[0]?.resolve();
    await Promise.resolve();
    await user.click(submit);
    await user.click(submit);
    expect(send).toHaveBeenCalledTimes(1);
    expect(submit).toHaveAttribute("aria-disabled", "true");
  });

  it("R24: a send that failed can be sent again", async () => {
    const { user, send, answers } = renderForm();
    await user.type(await screen.findByLabelText("Email address"), "again@example.com");
    const submit = screen.getByRole("button", { name: "Send invitation" });
    await user.click(submit);
    answers[0]?.reject(new Error("The service is unavailable right now."));
    await waitFor(() => expect(submit).not.toHaveAttribute("aria-disabled"));
    await user.click(submit);
    expect(send).toHaveBeenCalledTimes(2);
  });
});
