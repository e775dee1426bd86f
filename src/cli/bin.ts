import { run } from './main.js';
import { whenWritten, writeDirectly } from './io.js';

/** `journey check | head` closes the pipe early: stop quietly, like other Unix tools. */
function stopQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
    stream.on('error', error => {
        if ((error as NodeJS.ErrnoException).code === 'EPIPE') {
            process.exit(process.exitCode ?? 0);
        }
        throw error;
    });
}

/**
 * Commands that are done when run() returns (serve and lsp serve until stopped). They
 * write all their output through processIO, straight to the file descriptors (io.ts),
 * or to files they have finished writing when run() returns, and exit once it is written:
 * left to end by itself, Node first waits for V8's background work to drain (optimising
 * the functions a large check made hot, marking the heap), which on a 10,000-line check
 * took 100 ms or more after the report was out, and 8-16% of export, diff and render of
 * a 10,000-line file (medians of 6 alternating runs under load).
 */
const DONE_WHEN_RETURNED = new Set(['check', 'diff', 'render', 'export', 'format', 'build']);

const argv = process.argv.slice(2);
const done = DONE_WHEN_RETURNED.has(argv[0]);
if (done) {
    writeDirectly(stopQuietlyOnClosedPipe);
} else {
    stopQuietlyOnClosedPipe(process.stdout);
    stopQuietlyOnClosedPipe(process.stderr);
}
run(argv).then(code => {
    process.exitCode = code;
    if (done) {
        whenWritten(() => process.exit(code));
    }
});
