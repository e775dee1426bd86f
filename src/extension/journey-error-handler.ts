import * as vscode from 'vscode';
import {
    CloseAction, ErrorAction,
    type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult, type Message
} from 'vscode-languageclient';
import type { CrashPolicy } from './crash-policy.js';
import { CommandId } from './command-ids.js';

/**
 * Connection errors and server exits. A crash restarts the server with a warning;
 * repeated crashes stop it with an error that offers a manual restart. The
 * notifications are ours (`handled: true`), so the client shows no second one.
 */
export class JourneyErrorHandler implements ErrorHandler, vscode.Disposable {
    private readonly crashed = new vscode.EventEmitter<ServerCrash>();
    /** Fires after each crash with what was done about it. */
    readonly onDidCrash = this.crashed.event;

    constructor(private readonly policy: CrashPolicy) {}

    dispose(): void {
        this.crashed.dispose();
    }

    error(_error: Error, _message: Message | undefined, _count: number | undefined): ErrorHandlerResult {
        // Write errors pile up while a dead server's channel closes; shutting down here would
        // stop the client before closed() could apply the crash policy. The close decides.
        return { action: ErrorAction.Continue, handled: true };
    }

    closed(): CloseHandlerResult {
        const { restart, recentCrashes } = this.policy.recordCrash();
        const minutes = Math.round(this.policy.windowMs / 60000);
        if (restart) {
            const message = vscode.l10n.t('The Journey language server stopped unexpectedly and was restarted ({0} of {1} crashes allowed in {2} minutes).', recentCrashes, this.policy.maxCrashes, minutes);
            void notify('warning', message);
            this.crashed.fire({ restarting: true, recentCrashes, message });
            return { action: CloseAction.Restart, handled: true };
        }
        const message = vscode.l10n.t('The Journey language server crashed {0} times in {1} minutes and will not be restarted automatically. See the output for the cause, then run "Journey: Restart Language Server".', recentCrashes, minutes);
        void notify('error', message, restartLabel());
        this.crashed.fire({ restarting: false, recentCrashes, message });
        return { action: CloseAction.DoNotRestart, handled: true };
    }
}

export interface ServerCrash {
    /** Whether the server is being restarted (false: stopped after too many crashes). */
    restarting: boolean;
    recentCrashes: number;
    /** What the user was told. */
    message: string;
}

async function notify(level: 'warning' | 'error', message: string, ...extra: string[]): Promise<void> {
    const show = level === 'warning' ? vscode.window.showWarningMessage : vscode.window.showErrorMessage;
    const showOutput = vscode.l10n.t('Show Output');
    const choice = await show(message, ...extra, showOutput);
    if (choice === showOutput) {
        await vscode.commands.executeCommand(CommandId.ShowOutput);
    } else if (choice === restartLabel()) {
        await vscode.commands.executeCommand(CommandId.RestartServer);
    }
}

/** The button that restarts the server, in VS Code's display language. */
function restartLabel(): string {
    return vscode.l10n.t('Restart');
}
