import { type ComponentPropsWithoutRef, forwardRef } from "react";

/** Props of {@link Button}: a native button plus a visual variant. */
export interface ButtonProps extends ComponentPropsWithoutRef<"button"> {
  variant?: "primary" | "secondary" | "danger" | "ghost";
}

/** A native button with `data-slot="button"` and `data-variant`; `type="button"` unless told otherwise. */
export const Button = /* @__PURE__ */ forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant = "secondary", type = "button", ...props },
  ref,
) {
  return <button ref={ref} type={type} data-slot="button" data-variant={variant} {...props} />;
});
