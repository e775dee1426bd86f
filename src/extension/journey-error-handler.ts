import * as vscode from 'vscode';
import {
    CloseAction, ErrorAction,
    type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult, type Message
} from 'vscode-languageclient/node';
import type { CrashPolicy } from './crash-policy.js';
import { JourneyCommand } from './journey-commands.js';

/**
 * Connection errors and server exits. A crash restarts the server with a warning;
 * repeated crashes stop it with an error that offers a manual restart. The
 * notifications are ours (`handled: true`), so the client shows no second one.
 */
export class JourneyErrorHandler implements ErrorHandler {
    constructor(private readonly policy: CrashPolicy) {}

    error(_error: Error, _message: Message | undefined, count: number | undefined): ErrorHandlerResult {
        // A few malformed messages are survivable; a stream of them means the pipe is broken.
        return { action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown };
    }

    closed(): CloseHandlerResult {
        const { restart, recentCrashes } = this.policy.recordCrash();
        const minutes = Math.round(this.policy.windowMs / 60000);
        if (restart) {
            void notify('warning', `The Journey language server stopped unexpectedly and was restarted (${recentCrashes} of ${this.policy.maxCrashes} crashes allowed in ${minutes} minutes).`);
            return { action: CloseAction.Restart, handled: true };
        }
        void notify('error', `The Journey language server crashed ${recentCrashes} times in ${minutes} minutes and will not be restarted automatically. See the output for the cause, then run "Journey: Restart Language Server".`, 'Restart');
        return { action: CloseAction.DoNotRestart, handled: true };
    }
}

async function notify(level: 'warning' | 'error', message: string, ...extra: string[]): Promise<void> {
    const show = level === 'warning' ? vscode.window.showWarningMessage : vscode.window.showErrorMessage;
    const choice = await show(message, ...extra, 'Show Output');
    if (choice === 'Show Output') {
        await vscode.commands.executeCommand(JourneyCommand.ShowOutput);
    } else if (choice === 'Restart') {
        await vscode.commands.executeCommand(JourneyCommand.RestartServer);
    }
}
