import type { Preview } from "@storybook/react-vite";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";

const preview: Preview = {
  decorators: [
    // A fresh client per story: no cache leaks between stories; no retries, so error states show at once.
    (Story) => (
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <Story />
      </QueryClientProvider>
    ),
  ],
  parameters: {
    // Axe violations fail the story test, not just show in the panel.
    a11y: { test: "error" },
  },
};
export default preview;
