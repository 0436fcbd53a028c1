import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { OwnProfile } from "../src/components/own-profile";
import { outage } from "./support/outage";

// In the generated 10-user account, user-3 holds the plain "user" role and user-2 a custom one.
const meta = {
  title: "Components/OwnProfile",
  component: OwnProfile,
  parameters: { backend: { viewerId: "user-3" } },
} satisfies Meta<typeof OwnProfile>;
export default meta;
type Story = StoryObj<typeof meta>;

/** R8: a viewer who may not manage users edits only their own profile. */
export const PlainUser: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const first = await canvas.findByLabelText("First name");
    await expect(canvas.queryByLabelText("Role")).not.toBeInTheDocument();
    // Their role is shown, read only, as the role model names it.
    await expect(canvas.getByRole("definition")).toHaveTextContent("User");
    await userEvent.clear(first);
    await userEvent.type(first, "Dima");
    await userEvent.click(canvas.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(canvas.getByRole("status")).toHaveTextContent(/Dima Okonjo-Iweala\u2069 was saved\./));
  },
};

export const CustomUser: Story = {
  parameters: { backend: { viewerId: "user-2" } },
};

export const Loading: Story = {
  parameters: { backend: { viewerId: "user-3", latency: 600_000 } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText("Loading…")).toBeInTheDocument();
  },
};

// Every session call fails: the profile asks while the form's code loads, and the form asks again
// when it mounts after a failure (see `outage`).
const sessionDown = outage("getSession");

/** R24: the profile fails to load; the error and its Try again stay on screen. */
export const LoadError: Story = {
  parameters: { backend: { viewerId: "user-3", setup: sessionDown.setup } },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole("alert");
    await expect(alert).toHaveTextContent("Your profile could not be loaded.");
    await expect(within(alert).getByRole("button", { name: "Try again" })).toBeVisible();
  },
};

export const French: Story = { parameters: { locale: "fr" } };

export const Dark: Story = { parameters: { theme: "dark" } };

export const RightToLeft: Story = { parameters: { dir: "rtl", backend: { viewerId: "user-8" } } };
