import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { Composition } from "./composition";
import { UsersSettings } from "./users-settings";

const root = document.getElementById("root");
if (!root) throw new Error("#root is missing from index.html");

// The README quick start by default; `?composition` shows the page inside a host's own provider.
const composition = new URLSearchParams(window.location.search).has("composition");

createRoot(root).render(<StrictMode>{composition ? <Composition /> : <UsersSettings />}</StrictMode>);
