import { defineConfig } from "vite";

// No React plugin: Vite's own transformer handles TSX with the automatic runtime, and the
// tabs need no fast refresh in CI. One dependency fewer.
export default defineConfig({
  oxc: { jsx: { runtime: "automatic", importSource: "react" } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    target: "es2022",
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      // The tabs, and the public results page (no sign-in, its own small entry).
      input: { main: "index.html", open: "open.html" },
      // Fluent marks modules "use client" for React Server Components; meaningless in a SPA.
      onwarn(warning, warn) {
        if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
        warn(warning);
      },
    },
  },
});
