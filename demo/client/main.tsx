import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { AcceptInvitationPage } from "./AcceptInvitationPage";
import { DemoPage } from "./DemoPage";
// The library's stylesheet from src/, base first, as scripts/copy-styles.mjs concatenates it.
import "../../src/styles/base.css";
import "./demo.css";

import.meta.glob(["../../src/styles/*.css", "!../../src/styles/base.css"], { eager: true });

const root = document.getElementById("root");
if (!root) throw new Error("The demo page has no #root element.");
// Two pages, told apart by path: the accept link of an invitation mail, and the demo itself.
const isAcceptPage = window.location.pathname === "/accept-invitation";
createRoot(root).render(<StrictMode>{isAcceptPage ? <AcceptInvitationPage /> : <DemoPage />}</StrictMode>);
