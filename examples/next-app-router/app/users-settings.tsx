"use client"; // Next.js App Router: the adapter is made on the client (harmless elsewhere)
import { UserManagementPage } from "react-user-management";
import { createMemoryAdapter } from "react-user-management/adapters/memory";
import "react-user-management/styles.css";

const adapter = createMemoryAdapter(); // a 10-user demo account; swap in createRestAdapter or your own

export const UsersSettings = () => <UserManagementPage adapter={adapter} upgrade={{ href: "/billing" }} />;
