import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

/** A strict Content-Security-Policy for the built app (the dev server needs inline scripts for React refresh). */
function contentSecurityPolicy(): Plugin {
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "worker-src 'self' blob:",
    "connect-src 'self' blob: data:",
    "object-src 'none'",
    "base-uri 'none'"
  ].join('; ');
  return {
    name: 'gpm-csp',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`)
  };
}

/**
 * One config for the app (Vite) and the Node tests (Vitest).
 * The convention plugin (`modeling-conventions/`, CommonJS so that the stock bpmnlint CLI can
 * load it) is linked into node_modules and must be pre-bundled for the browser.
 */
export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  optimizeDeps: {
    include: ['bpmnlint-plugin-gpm', 'bpmnlint-plugin-gpm/lib/ruleModules.js', 'bpmnlint-plugin-gpm/lib/ruleMeta.js']
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    commonjsOptions: { include: [/node_modules/, /modeling-conventions/] }
  },
  worker: { format: 'es' },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/conventions/**/*.test.ts', 'tests/cli/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'threads'
  }
});
