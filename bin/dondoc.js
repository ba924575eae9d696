#!/usr/bin/env node
// The installed `dondoc` command: the compiled CLI when `npm run build` is up to date, else the
// TypeScript sources through tsx (scripts/launch.mjs).
import { launch } from "../scripts/launch.mjs";

await launch("src/cli/main.ts");
