import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { AcceptInvitationPage } from "./AcceptInvitationPage";
import { App } from "./App";
// The library's stylesheet from src/, base first (as scripts/copy-styles.mjs concatenates it), and
// the main demo's frame around it.
import "../../../src/styles/base.css";
import "../../client/demo.css";

import.meta.glob(["../../../src/styles/*.css", "!../../../src/styles/base.css"], { eager: true });

const root = document.getElementById("root");
if (!root) throw new Error("The demo page has no #root element.");
// Two pages, told apart by path: an invitation's accept link, and the organization's users.
const isAcceptPage = window.location.pathname === "/accept-invitation";
createRoot(root).render(<StrictMode>{isAcceptPage ? <AcceptInvitationPage /> : <App />}</StrictMode>);
