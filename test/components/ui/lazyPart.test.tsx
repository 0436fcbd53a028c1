import { render, screen } from "@testing-library/react";
import type { ReactElement } from "react";
import { describe, expect, it, vi } from "vitest";
import { lazyPart } from "../../../src/components/ui/lazyPart";

/** A load the test settles by hand, as a slow network would. */
function deferredLoad() {
  let settle!: { resolve(value: (props: { name: string }) => ReactElement): void; reject(error: Error): void };
  const load = vi.fn(
    () =>
      new Promise<(props: { name: string }) => ReactElement>((resolve, reject) => {
        settle = { resolve, reject };
      }),
  );
  return { load, settle: () => settle };
}
const Greeting = ({ name }: { name: string }) => <p>Hello {name}</p>;

describe("lazyPart: a part whose code loads on first use", () => {
  it("shows its fallback until its code has loaded, then the part with the same props", async () => {
    const { load, settle } = deferredLoad();
    const Part = lazyPart(load, ({ name }) => <p>Loading {name}</p>);
    render(<Part name="Ada" />);
    expect(screen.getByText("Loading Ada")).toBeTruthy();
    settle().resolve(Greeting);
    expect(await screen.findByText("Hello Ada")).toBeTruthy();
    expect(screen.queryByText("Loading Ada")).toBeNull();
  });

  it("loads once however often it renders or is preloaded, and renders at once once loaded", async () => {
    const { load, settle } = deferredLoad();
    const Part = lazyPart(load);
    const preloading = Part.preload();
    const first = render(<Part name="Ada" />);
    settle().resolve(Greeting);
    await preloading;
    expect(await screen.findByText("Hello Ada")).toBeTruthy();
    first.unmount();
    render(<Part name="Grace" />);
    // Loaded before: the very first render shows the part, no fallback in between.
    expect(screen.getByText("Hello Grace")).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("a failed load leaves the fallback, and the next mount tries again", async () => {
    const { load, settle } = deferredLoad();
    const Part = lazyPart(load, () => <p>Not loaded</p>);
    const first = render(<Part name="Ada" />);
    settle().reject(new Error("chunk failed"));
    await expect(Part.preload()).rejects.toThrow("chunk failed");
    expect(screen.getByText("Not loaded")).toBeTruthy();
    first.unmount();
    render(<Part name="Ada" />);
    settle().resolve(Greeting);
    expect(await screen.findByText("Hello Ada")).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
