import * as vscode from 'vscode';
import { State, type BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { CommandId } from './command-ids.js';

/** The server's state in the language status bar of .journey files, with a restart link. */
export function registerServerStatus(context: vscode.ExtensionContext, client: LanguageClient): void {
    const item = vscode.languages.createLanguageStatusItem('journey.server', { language: 'journey' });
    item.name = 'Journey Language Server';
    item.command = { title: vscode.l10n.t('Restart'), command: CommandId.RestartServer };
    const show = (state: State): void => {
        item.busy = state === State.Starting;
        item.severity = state === State.Stopped ? vscode.LanguageStatusSeverity.Error : vscode.LanguageStatusSeverity.Information;
        item.text = state === State.Running ? vscode.l10n.t('Journey: ready') : state === State.Starting ? vscode.l10n.t('Journey: starting') : vscode.l10n.t('Journey: stopped');
    };
    show(client.state);
    context.subscriptions.push(item, client.onDidChangeState(event => show(event.newState)));
}
