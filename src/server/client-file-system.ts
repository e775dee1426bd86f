import { URI, type FileSystemNode, type FileSystemProvider } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { FileStatRequest, ReadDirectoryRequest, ReadFileRequest, type FileStatResult } from '../protocol/lsp-protocol.js';

/**
 * Langium's file system for a server that has none (the web worker): every read
 * is a request to the client, which answers with `vscode.workspace.fs`. The
 * workspace manager, the config loader and the document builder use it exactly
 * as they use the disk on the desktop. Langium's synchronous reads are for
 * grammar tooling, not the language server: they throw.
 */
export class ClientFileSystemProvider implements FileSystemProvider {
    constructor(private readonly connection: Connection) {}

    async stat(uri: URI): Promise<FileSystemNode> {
        const result = await this.connection.sendRequest(FileStatRequest, { uri: uri.toString() });
        if (result.type === 'missing') {
            throw new Error(`${uri.toString()} does not exist`);
        }
        return node(result);
    }

    async exists(uri: URI): Promise<boolean> {
        const result = await this.connection.sendRequest(FileStatRequest, { uri: uri.toString() });
        return result.type !== 'missing';
    }

    async readFile(uri: URI): Promise<string> {
        return (await this.connection.sendRequest(ReadFileRequest, { uri: uri.toString() })).text;
    }

    async readBinary(uri: URI): Promise<Uint8Array> {
        return new TextEncoder().encode(await this.readFile(uri));
    }

    async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        const { entries } = await this.connection.sendRequest(ReadDirectoryRequest, { uri: uri.toString() });
        return entries.filter(entry => entry.type !== 'missing').map(node);
    }

    statSync(): FileSystemNode {
        throw noSyncReads();
    }

    existsSync(): boolean {
        throw noSyncReads();
    }

    readBinarySync(): Uint8Array {
        throw noSyncReads();
    }

    readFileSync(): string {
        throw noSyncReads();
    }

    readDirectorySync(): FileSystemNode[] {
        throw noSyncReads();
    }
}

function node(result: FileStatResult): FileSystemNode {
    return { uri: URI.parse(result.uri), isFile: result.type === 'file', isDirectory: result.type === 'directory' };
}

function noSyncReads(): Error {
    return new Error('The workspace is read through the client: synchronous reads are not available.');
}

/**
 * The desktop server's file system: files on disk are read directly; anything
 * else (a virtual workspace, like a GitHub repository opened without cloning
 * it) through the client.
 */
export class DiskOrClientFileSystemProvider implements FileSystemProvider {
    constructor(private readonly disk: FileSystemProvider, private readonly client: FileSystemProvider) {}

    private of(uri: URI): FileSystemProvider {
        return uri.scheme === 'file' ? this.disk : this.client;
    }

    stat(uri: URI): Promise<FileSystemNode> { return this.of(uri).stat(uri); }
    statSync(uri: URI): FileSystemNode { return this.of(uri).statSync(uri); }
    exists(uri: URI): Promise<boolean> { return this.of(uri).exists(uri); }
    existsSync(uri: URI): boolean { return this.of(uri).existsSync(uri); }
    readBinary(uri: URI): Promise<Uint8Array> { return this.of(uri).readBinary(uri); }
    readBinarySync(uri: URI): Uint8Array { return this.of(uri).readBinarySync(uri); }
    readFile(uri: URI): Promise<string> { return this.of(uri).readFile(uri); }
    readFileSync(uri: URI): string { return this.of(uri).readFileSync(uri); }
    readDirectory(uri: URI): Promise<FileSystemNode[]> { return this.of(uri).readDirectory(uri); }
    readDirectorySync(uri: URI): FileSystemNode[] { return this.of(uri).readDirectorySync(uri); }
}
