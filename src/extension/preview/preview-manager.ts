import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import type { WebviewState } from '../../protocol/webview-protocol.js';
import type { JourneyHost } from '../journey-host.js';
import { CommandId } from '../command-ids.js';
import { exportMapCommand } from './export-map-command.js';
import { PreviewPanel, PREVIEW_VIEW_TYPE, type PreviewStatus } from './preview-panel.js';
import { ViewModelSource } from './view-model-source.js';

/**
 * The journey map previews: opened by command, following the active editor
 * unless locked, restored after a window reload.
 */
export class PreviewManager implements vscode.Disposable {
    private readonly previews = new Set<PreviewPanel>();
    private readonly models: ViewModelSource;
    private readonly disposables: vscode.Disposable[] = [];

    constructor(private readonly context: vscode.ExtensionContext, client: LanguageClient, host: JourneyHost) {
        this.models = new ViewModelSource(client);
        this.disposables.push(
            this.models,
            vscode.commands.registerCommand(CommandId.OpenPreview, (uri?: vscode.Uri) => this.open(uri, false)),
            vscode.commands.registerCommand(CommandId.OpenPreviewToSide, (uri?: vscode.Uri) => this.open(uri, true)),
            vscode.commands.registerCommand(CommandId.ExportMap, (uri?: vscode.Uri) => exportMapCommand(this.models, this.targetOf(uri), host)),
            vscode.commands.registerCommand(CommandId.TogglePreviewLock, () => this.activePreview()?.toggleLock()),
            vscode.commands.registerCommand(CommandId.PreviewStatus, (): PreviewStatus[] => [...this.previews].map(p => p.status())),
            vscode.commands.registerCommand(CommandId.FollowContinues, (touchpointId: string) =>
                (this.activePreview() ?? [...this.previews][0])?.followContinues(touchpointId) ?? false),
            vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
                deserializeWebviewPanel: async (panel, state: WebviewState | undefined) => this.restore(panel, state)
            }),
            vscode.window.onDidChangeActiveTextEditor(editor => this.follow(editor)),
            vscode.window.onDidChangeTextEditorSelection(event => {
                for (const preview of this.previews) {
                    preview.selectionChanged(event.textEditor);
                }
            })
        );
    }

    /** Opens (or reveals) the preview of a document: the given one, else the active editor's. */
    private open(uri: vscode.Uri | undefined, toSide: boolean): void {
        const source = this.targetOf(uri);
        if (!source) {
            void vscode.window.showWarningMessage(vscode.l10n.t('Open a .journey file to preview its journey map.'));
            return;
        }
        const column = toSide ? vscode.ViewColumn.Beside : vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.One;
        const existing = [...this.previews].find(p => !p.locked) ?? [...this.previews].find(p => p.uri.toString() === source.toString());
        if (existing) {
            existing.show(source);
            existing.panel.reveal(toSide ? undefined : column, toSide);
            return;
        }
        const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, vscode.l10n.t('Journey Preview'), { viewColumn: column, preserveFocus: toSide }, {
            enableScripts: true,
            localResourceRoots: [vscode.Uri.joinPath(this.context.extensionUri, 'out', 'webview')]
        });
        this.track(new PreviewPanel(panel, this.context.extensionUri, this.models, source, false, () => this.resubscribe()));
    }

    private restore(panel: vscode.WebviewPanel, state: WebviewState | undefined): void {
        let source: vscode.Uri | undefined;
        try {
            source = typeof state?.source === 'string' ? vscode.Uri.parse(state.source, true) : undefined;
        } catch {
            source = undefined;
        }
        source ??= this.targetOf(undefined);
        if (!source) {
            // Nothing to show any more (no state, no journey editor): close it rather than show an empty page.
            panel.dispose();
            return;
        }
        this.track(new PreviewPanel(panel, this.context.extensionUri, this.models, source, state?.locked === true, () => this.resubscribe()));
    }

    private track(preview: PreviewPanel): void {
        this.previews.add(preview);
        preview.onDidDispose(() => {
            this.previews.delete(preview);
            this.resubscribe();
        });
        this.resubscribe();
    }

    private resubscribe(): void {
        this.models.subscribe([...this.previews].map(p => p.uri.toString()));
    }

    private follow(editor: vscode.TextEditor | undefined): void {
        if (editor?.document.languageId !== 'journey') {
            return;
        }
        for (const preview of this.previews) {
            if (!preview.locked) {
                preview.show(editor.document.uri);
            }
        }
    }

    /** The document a command is about: its argument, the active journey editor, or the active preview's. */
    private targetOf(uri: vscode.Uri | undefined): vscode.Uri | undefined {
        if (uri instanceof vscode.Uri) {
            return uri;
        }
        const active = this.activePreview();
        if (active) {
            return active.uri;
        }
        const editor = vscode.window.activeTextEditor;
        return editor?.document.languageId === 'journey' ? editor.document.uri : undefined;
    }

    private activePreview(): PreviewPanel | undefined {
        return [...this.previews].find(p => p.panel.active);
    }

    dispose(): void {
        for (const preview of [...this.previews]) {
            preview.dispose();
        }
        for (const disposable of this.disposables) {
            disposable.dispose();
        }
    }
}

/** Called once from the extension's activate(). */
export function registerPreview(context: vscode.ExtensionContext, client: LanguageClient, host: JourneyHost): PreviewManager {
    const manager = new PreviewManager(context, client, host);
    context.subscriptions.push(manager);
    return manager;
}
