import type { UserManagementAdapter } from "../../src/adapter";
import type { MemoryAdapter } from "../../src/adapters/memory";
import { UserManagementError, type UserManagementErrorCode } from "../../src/core";

/** A story's failing backend method: see {@link outage}. */
export interface Outage {
  /** Put in the story's `parameters.backend` (beside its other options): the method fails from now on. */
  setup(adapter: MemoryAdapter): void;
  /** The method answers again, e.g. just before the play function presses Try again. */
  end(): void;
}

/**
 * Every call of `method` fails with `code` until `end()`: for a load error story, which must show
 * the error however many times the page asks. One injected failure (`backend.fail`) is not enough:
 * it goes to whichever call comes first, and the page may ask again on its own. A section whose code
 * loads on first use asks for its data meanwhile, and when it mounts after that answer failed, the
 * query is tried again (TanStack's retryOnMount): on a machine where the code came after the
 * failure, the story showed the second, successful answer. Each fresh story backend starts failing.
 */
export function outage(method: keyof UserManagementAdapter, code: UserManagementErrorCode = "unavailable"): Outage {
  let failing = true;
  return {
    setup(adapter) {
      failing = true;
      const answer = adapter[method] as (...args: unknown[]) => Promise<unknown>;
      Object.assign(adapter, {
        [method]: (...args: unknown[]) =>
          failing
            ? Promise.reject(new UserManagementError(code, `Injected failure: ${code}.`))
            : answer.apply(adapter, args),
      });
    },
    end() {
      failing = false;
    },
  };
}
