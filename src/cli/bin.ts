#!/usr/bin/env node
import { EXIT_CODES } from './exitCodes.js';
import { OutputError } from './OutputError.js';
import { runCli } from './runCli.js';

/** Standard output failed: a reader that stopped early (`| head`) is no error; anything else is one line, exit 74. */
function outputFailed(error: NodeJS.ErrnoException): never {
  if (error.code === 'EPIPE') process.exit(EXIT_CODES.ok);
  try {
    process.stderr.write(`iraq-militias: ${new OutputError(error.code ?? 'error').message}\n`);
  } catch {
    // standard error is gone too: nothing left to tell
  }
  process.exit(EXIT_CODES.output);
}

process.stdout.on('error', outputFailed);

void runCli(process.argv.slice(2), {
  stdout: (text) => {
    try {
      return process.stdout.write(text);
    } catch (error) {
      // A file or device written synchronously (`> /dev/full`) throws here.
      throw new OutputError((error as NodeJS.ErrnoException).code ?? 'error');
    }
  },
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
}).then((code) => {
  process.exitCode = code;
});
