import { EmptyFileSystemProvider, type URI } from 'langium';

/**
 * Texts the document factory reads back on an update, as it would read a changed
 * file on disk: the in-memory workspace of the benchmarks and of the tests.
 */
export class MemoryFileSystem extends EmptyFileSystemProvider {
    readonly texts = new Map<string, string>();
    // The base class declares these without parameters; the factory passes the URI.
    override async readFile(uri?: URI): Promise<string> {
        return this.texts.get(String(uri)) ?? '';
    }
    override readFileSync(uri?: URI): string {
        return this.texts.get(String(uri)) ?? '';
    }
}
