import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { describe, expect, it, vi } from "vitest";
import { I18nProvider } from "../../../src/components/i18n";
import { Pager } from "../../../src/components/ui/Pager";
import { de } from "../../../src/locales/de";

/** A list as the hooks give it: page 2 of `pageCount`, with a spy for page changes. */
const listOf = (pageCount: number, page = 2, totalIsLowerBound?: boolean) => ({
  page,
  pageCount,
  setPage: vi.fn(),
  ...(totalIsLowerBound === undefined ? {} : { totalIsLowerBound }),
});

describe("Pager", () => {
  it("R1: shows the page of an exact page count, and goes to the next and previous pages", async () => {
    const list = listOf(5);
    const { container } = render(<Pager list={list} />);
    expect(screen.getByText("Page 2 of 5")).toBeInTheDocument();
    expect(container.querySelector('[data-slot="pager"]')).toHaveAttribute("data-total", "exact");
    await userEvent.click(screen.getByRole("button", { name: "Next page" }));
    await userEvent.click(screen.getByRole("button", { name: "Previous page" }));
    expect(list.setPage.mock.calls).toEqual([[3], [1]]);
    expect((await axe.run(container)).violations).toEqual([]);
  });

  it("R1: past the adapter's count (totalIsLowerBound) shows the page count as a lower bound, in the catalog's words", () => {
    const { container, rerender } = render(<Pager list={listOf(400, 2, true)} />);
    expect(screen.getByText("Page 2 of 400+")).toBeInTheDocument();
    expect(container.querySelector('[data-slot="pager"]')).toHaveAttribute("data-total", "lower-bound");
    rerender(
      <I18nProvider locale="de" messages={de}>
        <Pager list={listOf(400, 2, true)} />
      </I18nProvider>,
    );
    expect(screen.getByText("Seite 2 von 400+")).toBeInTheDocument();
  });

  it("R1: a lower bound reaches the next page while there is one; past it nothing is jumped to", async () => {
    // The store's lower bound counts the rows up to the page and one more when a next page exists.
    const deep = listOf(402, 401, true);
    const { rerender } = render(<Pager list={deep} />);
    await userEvent.click(screen.getByRole("button", { name: "Next page" }));
    expect(deep.setPage).toHaveBeenCalledWith(402);
    // On the page the lower bound ends at, "Next" is off and pressing it does nothing.
    const end = listOf(402, 402, true);
    rerender(<Pager list={end} />);
    const next = screen.getByRole("button", { name: "Next page" });
    expect(next).toHaveAttribute("aria-disabled", "true");
    await userEvent.click(next);
    expect(end.setPage).not.toHaveBeenCalled();
    expect(screen.queryByRole("button", { name: /last/i })).toBeNull();
  });

  it("shows its children instead of the page, whatever the count", () => {
    render(
      <Pager list={listOf(400, 2, true)}>
        <span>1–25 of 10,000+</span>
      </Pager>,
    );
    expect(screen.getByText("1–25 of 10,000+")).toBeInTheDocument();
    expect(screen.queryByText(/^Page/)).toBeNull();
  });
});
