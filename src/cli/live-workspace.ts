import { watch, type FSWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import { buildViewModel } from '../model/build-view-model.js';
import type { JourneyMapModel } from '../model/view-model.js';
import type { HostMessage } from '../protocol/webview-protocol.js';
import { displayPath, findJourneyFiles, InputError, loadWorkspace, readJourneyText, type LoadedWorkspace } from './workspace.js';

const DEBOUNCE_MS = 80;

/**
 * The journey files under some paths, kept built as one workspace while they
 * change on disk, with the latest view model of each. `journey serve` shows it.
 */
export class LiveWorkspace {
    private texts = new Map<string, string>();
    private versions = new Map<string, number>();
    private models = new Map<string, JourneyMapModel>();
    private listeners: Array<(messages: HostMessage[]) => void> = [];
    private watchers: FSWatcher[] = [];
    private timer: NodeJS.Timeout | undefined;
    private refreshing: Promise<void> = Promise.resolve();

    private constructor(private readonly paths: string[], private readonly workspace: LoadedWorkspace, private readonly log: (line: string) => void) {}

    static async open(paths: string[], log: (line: string) => void): Promise<LiveWorkspace> {
        const files = await findJourneyFiles(paths);
        const texts = [];
        for (const file of files) {
            texts.push({ file, text: await readJourneyText(file) });
        }
        const live = new LiveWorkspace(paths.map(p => path.resolve(p)), await loadWorkspace(texts), log);
        for (const { file, text } of texts) {
            live.texts.set(file, text);
            live.versions.set(file, 1);
        }
        live.updateModels();
        return live;
    }

    /** Everything a newly connected page needs: the list, then each document's map. */
    snapshot(): HostMessage[] {
        const messages: HostMessage[] = [this.documentsMessage()];
        for (const model of this.models.values()) {
            messages.push({ type: 'render', source: model.uri, model });
        }
        return messages;
    }

    get fileCount(): number {
        return this.texts.size;
    }

    onChange(listener: (messages: HostMessage[]) => void): void {
        this.listeners.push(listener);
    }

    /** Watches the paths; changes are gathered for a moment, then one rebuild. */
    watch(): void {
        for (const given of this.paths) {
            const schedule = () => this.schedule();
            stat(given).then(info => {
                const watcher = info.isDirectory() ? watch(given, { recursive: true }, schedule) : watch(path.dirname(given), schedule);
                watcher.on('error', error => this.log(`journey serve: watching ${displayPath(given)} failed: ${error.message}`));
                this.watchers.push(watcher);
            }, error => this.log(`journey serve: cannot watch ${displayPath(given)}: ${error.message}`));
        }
    }

    close(): void {
        clearTimeout(this.timer);
        for (const watcher of this.watchers) {
            watcher.close();
        }
    }

    private schedule(): void {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => {
            this.refreshing = this.refreshing.then(() => this.refresh()).catch(error => this.log(`journey serve: ${error instanceof Error ? error.message : error}`));
        }, DEBOUNCE_MS);
    }

    /** Reads the files again and rebuilds what changed; tells the listeners what to show. */
    async refresh(): Promise<void> {
        let files: string[];
        try {
            files = await findJourneyFiles(this.paths);
        } catch (error) {
            // A watched directory that disappeared: show what remains.
            files = [];
            this.log(`journey serve: ${error instanceof Error ? error.message : error}`);
        }
        const changed: string[] = [];
        const present = new Set<string>();
        for (const file of files) {
            let text: string;
            try {
                text = await readJourneyText(file);
            } catch (error) {
                if (error instanceof InputError) {
                    this.log(`journey serve: ${error.message}; not shown`);
                    continue;
                }
                throw error;
            }
            present.add(file);
            if (this.texts.get(file) !== text) {
                this.texts.set(file, text);
                this.versions.set(file, (this.versions.get(file) ?? 0) + 1);
                changed.push(file);
            }
        }
        const deleted = [...this.texts.keys()].filter(file => !present.has(file));
        for (const file of deleted) {
            this.texts.delete(file);
            this.versions.delete(file);
            this.models.delete(URI.file(file).toString());
        }
        if (changed.length === 0 && deleted.length === 0) {
            return;
        }
        await this.workspace.shared.workspace.DocumentBuilder.update(changed.map(file => URI.file(file)), deleted.map(file => URI.file(file)));
        const updated = this.updateModels();
        const messages: HostMessage[] = [];
        if (deleted.length > 0 || changed.some(file => !updated.initial.has(file))) {
            messages.push(this.documentsMessage());
        }
        messages.push(...updated.changed.map(model => ({ type: 'render' as const, source: model.uri, model })));
        for (const listener of this.listeners) {
            listener(messages);
        }
    }

    /** Recomputes every model; returns those that differ from before. */
    private updateModels(): { changed: JourneyMapModel[]; initial: Set<string> } {
        const initial = new Set([...this.models.values()].map(model => URI.parse(model.uri).fsPath));
        const changed: JourneyMapModel[] = [];
        const documents = this.workspace.shared.workspace.LangiumDocuments.all.toArray() as LangiumDocument[];
        for (const document of documents) {
            const file = document.uri.fsPath;
            if (!this.texts.has(file)) {
                continue;
            }
            const model = buildViewModel(document, this.versions.get(file) ?? 0);
            const previous = this.models.get(model.uri);
            if (!previous || JSON.stringify(previous) !== JSON.stringify(model)) {
                this.models.set(model.uri, model);
                changed.push(model);
            }
        }
        return { changed, initial };
    }

    private documentsMessage(): HostMessage {
        const documents = [...this.texts.keys()].sort().map(file => ({ source: URI.file(file).toString(), label: displayPath(file) }));
        return { type: 'documents', documents };
    }
}
