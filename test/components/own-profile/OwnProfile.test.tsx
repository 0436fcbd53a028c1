import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import {
  createMemoryAdapter,
  DEFAULT_SEED_PASSWORD,
  generateDataset,
  type MemoryAdapter,
} from "../../../src/adapters/memory";
import { OwnProfile } from "../../../src/components/own-profile";
import { createManualClock } from "../../../src/core";
import { renderWithAdapter, TEST_NOW } from "../renderWithAdapter";

// user-3 of the generated 10-user account holds the plain "user" role: no user management.
const PLAIN_USER = "user-3";

const renderProfile = async () => {
  const rendered = renderWithAdapter(<OwnProfile />, { viewerId: PLAIN_USER });
  const region = await screen.findByRole("region", { name: "Your profile" });
  await within(region).findByRole("button", { name: "Save" });
  return { ...rendered, region, memory: rendered.memory as MemoryAdapter };
};

describe("OwnProfile", () => {
  it("R8: a plain user edits their own name, with no role to change", async () => {
    const { region, user, memory } = await renderProfile();
    expect(within(region).queryByLabelText("Role")).not.toBeInTheDocument();
    const first = within(region).getByLabelText("First name");
    expect(first).toHaveValue("Дмитрий");
    await user.clear(first);
    await user.type(first, "Dima");
    await user.click(within(region).getByRole("button", { name: "Save" }));

    expect(await within(region).findByText("\u2068Dima Okonjo-Iweala\u2069 was saved.")).toBeInTheDocument();
    expect(memory.snapshot().users.find((person) => person.id === PLAIN_USER)?.firstName).toBe("Dima");
    // The form now starts from the saved version, so a second save is no conflict.
    await user.type(first, "!");
    await user.click(within(region).getByRole("button", { name: "Save" }));
    expect(await within(region).findByText("\u2068Dima! Okonjo-Iweala\u2069 was saved.")).toBeInTheDocument();
  });

  it("R8: shows the person's role, named by the role model, without letting them change it", async () => {
    const { region } = await renderProfile();
    expect(within(region).getByRole("heading", { level: 2, name: "Your profile" })).toBeInTheDocument();
    expect(within(region).getByRole("term")).toHaveTextContent("Role");
    expect(within(region).getByRole("definition")).toHaveTextContent("User");
    expect(within(region).queryByRole("combobox")).not.toBeInTheDocument();
  });

  it("R8: changing one's own password asks for the current password", async () => {
    const { region, user, memory } = await renderProfile();
    const current = within(region).getByLabelText("Your current password");
    expect(current).toHaveAccessibleDescription("Enter your current password to set a new one.");
    await user.type(within(region).getByLabelText("New password"), "my-new-secret");
    await user.type(current, "wrong");
    await user.click(within(region).getByRole("button", { name: "Save" }));
    await waitFor(() => expect(current).toHaveAccessibleDescription(/Your own password is not correct\./));

    await user.clear(current);
    await user.type(current, DEFAULT_SEED_PASSWORD);
    await user.click(within(region).getByRole("button", { name: "Save" }));
    expect(await within(region).findByText("The password was changed.")).toBeInTheDocument();
    expect(current).toHaveValue("");
    expect(memory.snapshot().passwords[PLAIN_USER]).toBe("my-new-secret");
  });

  it("R24: shows loading, then a load failure with a retry that recovers", async () => {
    const adapter = createMemoryAdapter({
      dataset: generateDataset({ size: 10, now: TEST_NOW }),
      viewerId: PLAIN_USER,
      clock: createManualClock(TEST_NOW),
      latency: 20,
    });
    adapter.failNext("unavailable", "getSession");
    const { user } = renderWithAdapter(<OwnProfile />, { adapter });
    expect(screen.getByText("Loading…")).toBeInTheDocument();

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Your profile could not be loaded.");
    await user.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await screen.findByLabelText("First name")).toHaveValue("Дмитрий");
  });
});
