// Ships the stylesheet as `react-user-management/styles.css`: plain CSS, no build step needed.
import { copyFileSync, mkdirSync } from "node:fs";

mkdirSync("dist", { recursive: true });
copyFileSync("src/styles/styles.css", "dist/styles.css");
