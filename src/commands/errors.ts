/** A problem with how the command was called or what it was pointed at: exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const EXIT = { ok: 0, overBudget: 1, usage: 2 } as const;
