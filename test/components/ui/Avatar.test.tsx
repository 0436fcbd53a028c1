import { fireEvent, render, screen } from "@testing-library/react";
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import { Avatar, type AvatarPerson } from "../../../src/components/ui/Avatar";
import { PersonName } from "../../../src/components/ui/PersonName";

const ADA: AvatarPerson = { id: "user-1", firstName: "ada", lastName: "Lovelace", email: "ada@example.com" };
const avatarOf = (container: HTMLElement) => container.querySelector<HTMLElement>('[data-slot="avatar"]');

describe("Avatar", () => {
  it("shows the person's initials, capitalised, and hides itself from assistive tech", () => {
    const { container } = render(<Avatar person={ADA} />);
    const avatar = avatarOf(container);
    expect(avatar).toHaveTextContent(/^AL$/);
    expect(avatar).toHaveAttribute("aria-hidden", "true");
  });

  it("falls back to the email's first letter, whole even outside the BMP", () => {
    const { container, rerender } = render(<Avatar person={{ ...ADA, firstName: "", lastName: " " }} />);
    expect(avatarOf(container)).toHaveTextContent(/^A$/);
    rerender(<Avatar person={{ ...ADA, firstName: "𠮷野", lastName: "Дмитрий" }} />);
    expect(avatarOf(container)).toHaveTextContent(/^𠮷Д$/);
  });

  it("keeps one colour per person: the same id, the same tone on every render; ids spread over the palette", () => {
    const toneOf = (id: string) => {
      const { container, unmount } = render(<Avatar person={{ ...ADA, id }} />);
      const avatar = avatarOf(container);
      const tone = avatar?.dataset.tone;
      expect(avatar?.style.background).toBe(`var(--rum-avatar-${tone})`);
      unmount();
      return tone;
    };
    expect(toneOf("user-7")).toBe(toneOf("user-7"));
    const tones = new Set(Array.from({ length: 30 }, (_, index) => toneOf(`user-${index}`)));
    expect(tones.size).toBe(6);
    for (const tone of tones) expect(Number(tone)).toBeGreaterThanOrEqual(0);
  });

  it("shows the adapter's picture, and the initials once the picture fails to load", () => {
    const { container, rerender } = render(<Avatar person={{ ...ADA, avatarUrl: "https://img.example/ada.png" }} />);
    const image = container.querySelector("img");
    expect(image).toHaveAttribute("src", "https://img.example/ada.png");
    expect(image).toHaveAttribute("alt", "");
    fireEvent.error(image as HTMLImageElement);
    expect(container.querySelector("img")).toBeNull();
    expect(avatarOf(container)).toHaveTextContent("AL");
    // A new address gets its own try.
    rerender(<Avatar person={{ ...ADA, avatarUrl: "https://img.example/ada-2.png" }} />);
    expect(container.querySelector("img")).toHaveAttribute("src", "https://img.example/ada-2.png");
  });
});

describe("PersonName with an avatar", () => {
  it("reads as the name alone; axe clean", async () => {
    const { container } = render(
      <ul>
        <li>
          <PersonName avatar={{ ...ADA, avatarUrl: "https://img.example/ada.png" }}>Ada Lovelace</PersonName>
        </li>
      </ul>,
    );
    expect(screen.getByRole("listitem")).toHaveTextContent(/^Ada Lovelace$/);
    expect(screen.queryByRole("img")).not.toBeInTheDocument();
    expect(screen.getByTitle("Ada Lovelace")).toHaveTextContent("Ada Lovelace");
    expect((await axe.run(container)).violations).toEqual([]);
  });

  it("without an avatar is the bare name, as before", () => {
    const { container } = render(<PersonName>ada@example.com</PersonName>);
    expect(avatarOf(container)).toBeNull();
    expect(container.firstElementChild?.tagName).toBe("BDI");
  });
});
