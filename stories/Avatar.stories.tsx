import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, waitFor, within } from "storybook/test";
import { generateDataset } from "../src/adapters/memory";
import { displayName, PersonName } from "../src/components/ui/PersonName";
import type { User } from "../src/core/types";
import { DESKTOP, expectNoSidewaysScroll, PHONE } from "./support/phone";
import { STORY_NOW } from "./support/storyBackend";

// A picture in the page itself (no network): a blue square with a white circle.
const PICTURE = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><rect width="8" height="8" fill="#0369a1"/><circle cx="4" cy="4" r="2" fill="#fff"/></svg>',
)}`;
// Bytes that are no image: the browser's load fails, as a dead link's would.
const BROKEN = "data:image/png;base64,AAAA";

const { users } = generateDataset({ size: 10, now: STORY_NOW });
const PEOPLE: readonly User[] = users.map((user, index) =>
  index === 1 ? { ...user, avatarUrl: PICTURE } : index === 2 ? { ...user, avatarUrl: BROKEN } : user,
);

/** People as the lists show them: each name after its avatar (initials, or the adapter's picture). */
function People({ people }: { people: readonly User[] }) {
  return (
    <ul
      data-rum=""
      style={{
        listStyle: "none",
        padding: 0,
        display: "grid",
        gridTemplateColumns: "minmax(0, 24rem)",
        gap: "0.75rem",
      }}
    >
      {people.map((person) => (
        <li key={person.id}>
          <PersonName avatar={person}>{displayName(person)}</PersonName>
        </li>
      ))}
    </ul>
  );
}

const meta = {
  title: "Components/Avatar",
  component: People,
  args: { people: PEOPLE },
} satisfies Meta<typeof People>;
export default meta;
type Story = StoryObj<typeof meta>;

/** WCAG's contrast ratio of two computed `rgb(…)` colours. */
function contrast(a: string, b: string) {
  const luminance = (colour: string) => {
    const [r = 0, g = 0, b = 0] = (colour.match(/[\d.]+/g) ?? []).map((part) => {
      const channel = Number(part) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((high ?? 0) + 0.05) / ((low ?? 0) + 0.05);
}

/** Every avatar: hidden from assistive tech; initials readable on their colour; the picture drawn; the broken one initials. */
async function expectAvatars(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  const items = await canvas.findAllByRole("listitem");
  await expect(items).toHaveLength(PEOPLE.length);
  for (const [index, item] of items.entries()) {
    const person = PEOPLE[index] as User;
    // The name as text; the avatar beside it hidden from screen readers.
    await expect(item.textContent?.endsWith(displayName(person))).toBe(true);
    const avatar = item.querySelector<HTMLElement>('[data-slot="avatar"]');
    await expect(avatar).toHaveAttribute("aria-hidden", "true");
    if (person.avatarUrl === PICTURE) {
      const image = avatar?.querySelector("img");
      await waitFor(() => expect(image?.complete && image.naturalWidth > 0).toBe(true));
      continue;
    }
    // Initials (the broken picture's too, once its load failed), 4.5:1 or more on their colour.
    await waitFor(() => expect(avatar?.querySelector("img")).toBeNull());
    await expect(avatar?.textContent).toMatch(/^\p{L}{1,2}$/u);
    const style = getComputedStyle(avatar as HTMLElement);
    await expect(contrast(style.color, style.backgroundColor)).toBeGreaterThanOrEqual(4.5);
  }
  // A colour per person, from their id: more than one colour among ten people.
  const tones = new Set(
    Array.from(canvasElement.querySelectorAll("[data-tone]"), (avatar) => avatar.getAttribute("data-tone")),
  );
  await expect(tones.size).toBeGreaterThan(2);
}

/** Issue 9: initials on a colour per person, or the adapter's picture; a broken picture shows initials. */
export const Default: Story = {
  ...DESKTOP,
  play: async ({ canvasElement }) => expectAvatars(canvasElement),
};

/** The same colours readable in the dark theme. */
export const Dark: Story = {
  parameters: { theme: "dark" },
  play: async ({ canvasElement }) => expectAvatars(canvasElement),
};

/** On a 390 × 844 phone: long names shrink beside their avatar, nothing scrolls sideways. */
export const Phone: Story = {
  ...PHONE,
  play: async ({ canvasElement }) => {
    await expectAvatars(canvasElement);
    await expectNoSidewaysScroll(canvasElement);
  },
};
