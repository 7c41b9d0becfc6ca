import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/commands/errors.ts
var UsageError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UsageError";
  }
};
var EXIT = { ok: 0, overBudget: 1, usage: 2 };

export {
  UsageError,
  EXIT
};
