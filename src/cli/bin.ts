import { run } from './main.js';

// `journey check | head` closes the pipe early: stop quietly, like other Unix tools.
for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', error => {
        if ((error as NodeJS.ErrnoException).code === 'EPIPE') {
            process.exit(process.exitCode ?? 0);
        }
        throw error;
    });
}

/**
 * Commands that are done when run() returns (the others serve until stopped). They exit
 * once their output is written: left to end by itself, Node first waits for V8's
 * background work to drain (optimising the functions a large check made hot, marking
 * the heap), which on a 10,000-line check took 100 ms or more after the report was out.
 */
const DONE_WHEN_RETURNED = new Set(['check']);

const argv = process.argv.slice(2);
run(argv).then(code => {
    process.exitCode = code;
    if (DONE_WHEN_RETURNED.has(argv[0])) {
        // A write's callback runs once everything written before it is out (a pipe may take a while).
        let pending = 2;
        const flushed = () => {
            if (--pending === 0) process.exit(code);
        };
        process.stdout.write('', flushed);
        process.stderr.write('', flushed);
    }
});
