/** The elements that reach past the viewport's right edge (or its left), for a failure's message. */
export function overflowing(): string[] {
  const width = document.documentElement.clientWidth;
  return Array.from(document.body.querySelectorAll("*"))
    .filter((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 1 && (box.right > width + 0.5 || box.left < -0.5);
    })
    .map((element) => {
      const box = element.getBoundingClientRect();
      const slot = element.getAttribute("data-slot");
      return `${element.tagName.toLowerCase()}${slot ? `[${slot}]` : ""} ${Math.round(box.left)}–${Math.round(box.right)}: ${element.textContent?.slice(0, 40)}`;
    });
}
