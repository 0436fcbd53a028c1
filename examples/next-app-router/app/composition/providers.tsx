"use client";

import type { ReactNode } from "react";
import { UserManagementProvider } from "react-user-management";
import { createMemoryAdapter } from "react-user-management/adapters/memory";

const adapter = createMemoryAdapter();

export function Providers({ children }: { children: ReactNode }) {
  return <UserManagementProvider adapter={adapter}>{children}</UserManagementProvider>;
}
