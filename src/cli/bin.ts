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

run(process.argv.slice(2)).then(code => {
    process.exitCode = code;
});
