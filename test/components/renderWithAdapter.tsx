import { QueryClient } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactElement } from "react";
import type { UserManagementAdapter } from "../../src/adapter";
import {
  createMemoryAdapter,
  generateDataset,
  type MemoryAdapter,
  type MemoryAdapterOptions,
} from "../../src/adapters/memory";
import { I18nProvider, type I18nProviderProps } from "../../src/components/i18n";
import { createManualClock, type RolePresetName } from "../../src/core";
import { UserManagementProvider } from "../../src/hooks";

/** The fixed "today" of component tests, so relative times and expiry never drift. */
export const TEST_NOW = "2026-01-15T09:00:00.000Z";

/** Options of {@link renderWithAdapter}. */
export interface RenderWithAdapterOptions extends Omit<MemoryAdapterOptions, "dataset"> {
  size?: number;
  preset?: RolePresetName;
  dataset?: MemoryAdapterOptions["dataset"];
  /** Use this adapter instead of a memory one (e.g. createTestAdapter). */
  adapter?: UserManagementAdapter;
  i18n?: Omit<I18nProviderProps, "children">;
}

/**
 * Renders UI inside the library's providers on a fresh memory adapter (10 users, viewer user-1, an
 * owner) and a fresh QueryClient without retries. Returns the adapter and a user-event instance.
 */
export function renderWithAdapter(ui: ReactElement, options: RenderWithAdapterOptions = {}) {
  const { size = 10, preset, dataset, adapter: given, i18n, ...adapterOptions } = options;
  const clock = adapterOptions.clock ?? createManualClock(TEST_NOW);
  const memory: MemoryAdapter | undefined = given
    ? undefined
    : createMemoryAdapter({
        dataset: dataset ?? generateDataset({ size, now: TEST_NOW, ...(preset ? { rolePreset: preset } : {}) }),
        ...adapterOptions,
        clock,
      });
  const adapter = given ?? (memory as MemoryAdapter);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const user = userEvent.setup();
  const result = render(
    <UserManagementProvider adapter={adapter} queryClient={queryClient}>
      <I18nProvider {...i18n}>{ui}</I18nProvider>
    </UserManagementProvider>,
  );
  return { ...result, adapter, memory, queryClient, user, clock };
}

/** The visible labels of a select's options, in order: what a person reads when they open it. */
export function optionLabels(select: HTMLElement): (string | null)[] {
  return Array.from(select.querySelectorAll("option"), (option) => option.textContent);
}
