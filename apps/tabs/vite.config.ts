import { defineConfig } from "vite";

/**
 * `vite build` builds the tabs (index.html); `vite build --mode open` then adds the public
 * results page (open.html) to the same dist/ as a build of its own, so the two share no
 * chunks and the tabs' initial JavaScript carries nothing of the public page.
 */
const open = process.argv.includes("open");

// No React plugin: Vite's own transformer handles TSX with the automatic runtime, and the
// tabs need no fast refresh in CI. One dependency fewer.
export default defineConfig({
  oxc: { jsx: { runtime: "automatic", importSource: "react" } },
  build: {
    outDir: "dist",
    emptyOutDir: !open,
    sourcemap: false,
    target: "es2022",
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      input: open ? "open.html" : "index.html",
      // Fluent marks modules "use client" for React Server Components; meaningless in a SPA.
      onwarn(warning, warn) {
        if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
        warn(warning);
      },
    },
  },
});
