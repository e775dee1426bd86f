import { writeSync } from 'node:fs';

/** Where a command writes; tests pass their own to capture output. */
export interface CommandIO {
    out(line: string): void;
    err(line: string): void;
    /**
     * Rewrites the status line on stderr (`undefined` clears it); for a terminal only, which
     * the caller checks. Absent where the output is captured (tests). A method of the IO
     * rather than a test of `io === processIO`: each CLI bundle has its own copy of this module.
     */
    progress?(text: string | undefined): void;
}

export const processIO: CommandIO = {
    out: line => write(1, line + '\n'),
    err: line => write(2, line + '\n'),
    progress: text => write(2, `\r\x1b[2K${text ?? ''}`)
};

type Fd = 1 | 2;
const NAMES = { 1: 'stdout', 2: 'stderr' } as const;

/** Whether processIO writes to file descriptors 1 and 2 itself (see writeDirectly). */
let direct = false;
/** process.stdout and process.stderr once made (in direct mode), by descriptor. */
const made: Partial<Record<Fd, NodeJS.WriteStream>> = {};

/**
 * From now on processIO writes each line to file descriptors 1 and 2 with fs.writeSync
 * instead of through process.stdout and process.stderr: making those streams loads some
 * twenty of Node's stream modules, a fifth of a one-line `journey check`'s own start-up
 * work beyond Node's. For commands whose output goes through processIO (bin.ts).
 *
 * Once a descriptor's stream is made after all, every later line for that descriptor goes
 * through it, in order with what others write there (a library's console.warn). It is
 * made when a direct write fails, and then does what it always did: on a pipe that another
 * process left non-blocking (EAGAIN while the reader is slow) it waits for the pipe, and on
 * a closed one (EPIPE) it reports an error. `onStream` is given each stream when it is
 * made (to handle that error); whenWritten() waits until those streams have written all.
 */
export function writeDirectly(onStream: (stream: NodeJS.WriteStream) => void): void {
    for (const fd of [1, 2] as const) {
        const name = NAMES[fd];
        const getter = Object.getOwnPropertyDescriptor(process, name);
        if (!getter?.get || !getter.configurable) {
            return;     // Not Node's lazy getter: the streams as they are.
        }
        Object.defineProperty(process, name, {
            configurable: true,
            enumerable: getter.enumerable,
            get(): NodeJS.WriteStream {
                const stream = getter.get!.call(process) as NodeJS.WriteStream;
                if (!made[fd]) {
                    made[fd] = stream;
                    onStream(stream);
                }
                return stream;
            }
        });
    }
    direct = true;
}

/** Calls `done` once everything processIO was given is written: at once unless a stream took over. */
export function whenWritten(done: () => void): void {
    const streams = direct ? Object.values(made) : [process.stdout, process.stderr];
    let pending = streams.length + 1;
    const written = () => {
        if (--pending === 0) done();
    };
    // A write's callback runs once everything written before it is out (a pipe may take a while).
    for (const stream of streams) {
        stream.write('', written);
    }
    written();
}

function write(fd: Fd, text: string): void {
    if (!direct || made[fd]) {
        process[NAMES[fd]].write(text);
        return;
    }
    const bytes = Buffer.from(text, 'utf8');
    let offset = 0;
    try {
        while (offset < bytes.length) {
            offset += writeSync(fd, bytes, offset, bytes.length - offset);
        }
    } catch {
        process[NAMES[fd]].write(bytes.subarray(offset));
    }
}
