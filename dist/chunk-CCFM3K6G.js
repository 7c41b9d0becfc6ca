import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// package.json
var package_default = {
  name: "claude-cost",
  version: "0.1.0",
  description: "Show and govern what Claude Code work costs, on the pull request where the work is reviewed.",
  license: "MIT",
  type: "module",
  bin: {
    "claude-cost": "dist/cli.js"
  },
  files: [
    "dist",
    "pricing",
    "schema"
  ],
  engines: {
    node: ">=20"
  },
  scripts: {
    build: "node scripts/build-wasm.mjs && node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    lint: "eslint . && prettier --check .",
    format: "prettier --write .",
    pretest: "node scripts/ensure-chromium.mjs",
    test: "vitest run",
    bench: "node scripts/bench.mjs",
    example: 'node dist/cli.js report examples/sessions examples/results --config examples/config/claude-cost.yml --branch feat/csv-export --title "feat(orders): CSV export" && node dist/cli.js period 2026-11 --records examples/sessions --config examples/config/claude-cost.yml',
    schema: "node scripts/gen-schema.mjs"
  },
  dependencies: {
    "@octokit/core": "7.0.8",
    "@octokit/plugin-paginate-rest": "16.0.0",
    "@octokit/plugin-retry": "8.1.1",
    "@octokit/plugin-throttling": "11.0.5",
    bottleneck: "2.19.5",
    "markdown-table": "3.1.0",
    yaml: "2.9.1",
    zod: "4.6.7"
  },
  devDependencies: {
    "@eslint/js": "9.39.5",
    "@types/node": "20.19.43",
    assemblyscript: "0.28.20",
    esbuild: "0.28.2",
    eslint: "9.39.5",
    globals: "17.14.0",
    "playwright-core": "1.65.1",
    prettier: "3.10.1",
    typescript: "5.9.3",
    "typescript-eslint": "8.73.0",
    vitest: "4.1.12"
  }
};

// src/version.ts
var VERSION = package_default.version;
var GENERATOR = `claude-cost ${VERSION}`;

export {
  VERSION,
  GENERATOR
};
