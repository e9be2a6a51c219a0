/**
 * Progress for long steps: one rewritten line on a terminal, plain lines elsewhere (CI, logs).
 */
export interface Progress {
  tick(done: number, total: number, label: string): void;
  done(summary: string): void;
}

export function createProgress(step: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  const started = performance.now();
  const interactive = stream.isTTY === true && process.env['CI'] === undefined;
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  let lastPlain = 0;
  return {
    tick(done, total, label) {
      if (interactive) {
        stream.write(`\r\u001b[2K${step}: ${done}/${total} (${seconds()} s) ${label.slice(0, 60)}`);
        return;
      }
      // Plain output: about ten lines per step, however many files.
      const step10 = Math.max(1, Math.ceil(total / 10));
      if (done === total || done - lastPlain >= step10) {
        lastPlain = done;
        stream.write(`${step}: ${done}/${total} (${seconds()} s)\n`);
      }
    },
    done(summary) {
      stream.write(`${interactive ? '\r\u001b[2K' : ''}${step}: ${summary} in ${seconds()} s\n`);
    },
  };
}
