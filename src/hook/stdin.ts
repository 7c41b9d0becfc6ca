/**
 * Reads a hook payload from a stream. Claude Code writes a small JSON object and closes stdin;
 * the limits only guard against being run by hand (a terminal never ends) or fed something else.
 */
export interface StdinLimits {
  maxBytes: number;
  timeoutMs: number;
}

export const STDIN_LIMITS: StdinLimits = { maxBytes: 1024 * 1024, timeoutMs: 5_000 };

export class StdinError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StdinError';
  }
}

type InputStream = NodeJS.ReadableStream & { isTTY?: boolean; destroy?: () => void };

export function readStream(stream: InputStream, limits: StdinLimits = STDIN_LIMITS): Promise<string> {
  if (stream.isTTY === true) {
    return Promise.reject(
      new StdinError('expects the Claude Code hook payload on stdin; run it from a Claude Code hook'),
    );
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (error: Error | undefined): void => {
      clearTimeout(timer);
      stream.removeListener('data', onData);
      stream.removeListener('end', onEnd);
      stream.removeListener('error', onError);
      if (error === undefined) {
        resolve(Buffer.concat(chunks).toString('utf8'));
        return;
      }
      // An open stdin would keep the process alive after we have given up on it.
      stream.destroy?.();
      reject(error);
    };
    const onData = (chunk: Buffer | string): void => {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += buffer.length;
      if (size > limits.maxBytes)
        finish(new StdinError(`the hook payload on stdin is larger than ${limits.maxBytes} bytes`));
      else chunks.push(buffer);
    };
    const onEnd = (): void => finish(undefined);
    const onError = (error: Error): void => finish(new StdinError(`cannot read stdin: ${error.message}`));
    const timer = setTimeout(
      () => finish(new StdinError(`stdin did not close within ${limits.timeoutMs / 1000} s`)),
      limits.timeoutMs,
    );
    stream.on('data', onData);
    stream.on('end', onEnd);
    stream.on('error', onError);
  });
}
