import { composeStories, setProjectAnnotations } from "@storybook/react-vite";
import { render } from "@testing-library/react";
import type { ComponentType } from "react";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import preview from "../../.storybook/preview";
import "../../src/styles/base.css";
import "../../src/styles/page.css";
import "../../src/styles/user-table.css";
import "../../src/styles/invitations.css";
import "../../src/styles/external-users.css";
import "../../src/styles/invite.css";
import "../../src/styles/edit-user.css";
import { overflowing } from "./overflowing";

// Issue 9: EVERY story, at a 320 px phone, must not make the document scroll sideways. Each story
// is rendered as Storybook composes it (the preview's providers and parameters), and measured once
// its lists have loaded (or after 3 s, for stories that stay loading on purpose). Play functions
// are not run here: the storybook project runs them, and the phone stories check their own width.
setProjectAnnotations(preview);

const files = import.meta.glob<Record<string, unknown>>("../../stories/*.stories.tsx", { eager: true });

beforeAll(() => {
  document.body.style.margin = "0";
});
beforeEach(async () => {
  await page.viewport(320, 700);
});
afterAll(async () => {
  await page.viewport(414, 896);
});

/** Until nothing says it is loading, or `timeout` ms. */
async function settled(timeout = 3_000) {
  const end = Date.now() + timeout;
  let calm = 0;
  while (Date.now() < end && calm < 3) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const busy = document.querySelector('[data-slot="loading"], [aria-busy="true"], [data-state="loading"]');
    calm = busy ? 0 : calm + 1;
  }
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

const entries = Object.entries(files).map(([path, module]) => [path.replace(/^.*\//, ""), module] as const);

describe.each(entries)("%s at 320 px", (_file, module) => {
  const stories = Object.entries(composeStories(module as Parameters<typeof composeStories>[0])) as [
    string,
    ComponentType,
  ][];
  it.each(stories)("issue 9: %s does not scroll the document sideways", async (_name, Story) => {
    render(<Story />);
    await settled();
    const root = document.documentElement;
    expect(root.clientWidth).toBe(320);
    expect(root.scrollWidth, overflowing().join("\n")).toBeLessThanOrEqual(root.clientWidth);
  });
});
