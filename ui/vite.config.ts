import { defineConfig } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";

// The Tauri app embeds ui/dist and, in development, loads the dev server on a fixed port
// (src-tauri/tauri.conf.json: devUrl http://localhost:5173, frontendDist ../ui/dist).
export default defineConfig({
  plugins: [svelte()],
  clearScreen: false,
  server: {
    port: 5173,
    strictPort: true,
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // The webview (WebKitGTK 2.4x+, WebView2, WKWebView) supports modulepreload natively,
    // and the polyfill would be one more piece of script the CSP has to allow.
    modulePreload: { polyfill: false },
  },
});
