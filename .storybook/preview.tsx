import type { Decorator, Preview } from "@storybook/react-vite";
import { QueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { configure } from "storybook/test";
import { I18nProvider } from "../src/components/i18n";
import { UserManagementProvider } from "../src/hooks";
import { catalogFor, LOCALE_ITEMS } from "../stories/support/catalogs";
import { createStoryAdapter, type StoryBackend } from "../stories/support/storyBackend";
// The same files scripts/copy-styles.mjs concatenates into styles.css, base first.
import "../src/styles/base.css";

import.meta.glob(["../src/styles/*.css", "!../src/styles/base.css"], { eager: true });

// Play functions wait for states, not for time: a busy machine (a 100,000-user account generated in
// the page, CI beside other work) may take seconds to reach one, so `findBy…` waits up to 60 s, as
// the component tests do (test/setup.ts).
configure({ asyncUtilTimeout: 60_000 });

/**
 * Every story runs on its own memory adapter (`parameters.backend`), with a fresh QueryClient
 * (no retries, so error states show at once), in the language and theme of the toolbar or of
 * `parameters.locale` / `parameters.theme` / `parameters.dir`.
 */
const withUserManagement: Decorator = (Story, context) => {
  const backend = context.parameters.backend as StoryBackend | undefined;
  const [adapter] = useState(() => createStoryAdapter(backend));
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } }),
  );
  const locale =
    (context.parameters.locale as string | undefined) ?? (context.globals.locale as string | undefined) ?? "en";
  const theme =
    (context.parameters.theme as string | undefined) ?? (context.globals.theme as string | undefined) ?? "light";
  const dir = context.parameters.dir as "ltr" | "rtl" | undefined;
  // On <html>, as a host would set it, so that dialogs and menus (portals in <body>) follow too.
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return (
    <div
      data-theme={theme}
      style={{ padding: "1rem", minHeight: "100vh", background: theme === "dark" ? "#18181b" : "#fff" }}
    >
      <UserManagementProvider adapter={adapter} queryClient={queryClient}>
        <I18nProvider locale={locale} messages={catalogFor(locale)} dir={dir}>
          <Story />
        </I18nProvider>
      </UserManagementProvider>
    </div>
  );
};

const preview: Preview = {
  decorators: [withUserManagement],
  globalTypes: {
    locale: {
      description: "Language of the components",
      toolbar: {
        icon: "globe",
        items: LOCALE_ITEMS,
      },
    },
    theme: {
      description: "Colour theme",
      toolbar: {
        icon: "mirror",
        items: [
          { value: "light", title: "Light" },
          { value: "dark", title: "Dark" },
        ],
      },
    },
  },
  initialGlobals: { locale: "en", theme: "light" },
  parameters: {
    // Axe violations fail the story test, not just show in the panel.
    a11y: { test: "error" },
    layout: "fullscreen",
  },
};
export default preview;
