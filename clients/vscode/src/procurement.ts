import * as vscode from 'vscode';
import { ExecuteCommandRequest, LanguageClient } from 'vscode-languageclient/node';
import { exportMessage, ExportAnswer, previewTitle } from './procurementAnswers';

/**
 * The procurement commands of the server (which runs them on the open contract, unsaved edits
 * included) with the little the editor adds: a preview pane for the rendered contract, and a
 * question before an export replaces a file.
 */
export const PREVIEW_COMMAND = 'cspec.previewRenderedContract';
export const EXPORT_COMMAND = 'cspec.exportComplianceMatrix';

/** The server's command IDs (ExtraCommands in cspec.app). */
const SERVER_PREVIEW = 'cspec.previewContract';
const SERVER_EXPORT = 'cspec.exportMatrix';

export async function previewRenderedContract(client: LanguageClient | undefined): Promise<void> {
    const document = activeContract();
    if (!document || !client) {
        return;
    }
    const answer = await ask<{ title: string; html: string }>(client, SERVER_PREVIEW, [document.uri.toString()]);
    if (!answer) {
        return;
    }
    // The page is cspec's own escaped rendering with no script; the webview runs none either.
    const panel = vscode.window.createWebviewPanel('cspec.preview', previewTitle(answer.title), vscode.ViewColumn.Beside,
        { enableScripts: false });
    panel.webview.html = answer.html;
}

export async function exportComplianceMatrix(client: LanguageClient | undefined): Promise<void> {
    const document = activeContract();
    if (!document || !client) {
        return;
    }
    const format = await vscode.window.showQuickPick(['xlsx', 'csv'], { title: 'Export the compliance matrix as' });
    if (!format) {
        return;
    }
    const uri = document.uri.toString();
    let answer = await ask<ExportAnswer>(client, SERVER_EXPORT, [uri, { format, overwrite: false }]);
    if (answer && !answer.written && answer.exists) {
        const replace = await vscode.window.showWarningMessage(exportMessage(answer), { modal: true }, 'Replace');
        if (replace !== 'Replace') {
            return;
        }
        answer = await ask<ExportAnswer>(client, SERVER_EXPORT, [uri, { format, overwrite: true }]);
    }
    if (answer?.written) {
        vscode.window.showInformationMessage(exportMessage(answer));
    }
}

function activeContract(): vscode.TextDocument | undefined {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== 'cspec') {
        vscode.window.showInformationMessage('cspec: open a contract (a .cspec file) first.');
        return undefined;
    }
    return document;
}

/** Sends the command to the server; a refusal (a contract with syntax errors, an unsaved file) is shown as it says. */
async function ask<T>(client: LanguageClient, command: string, args: unknown[]): Promise<T | undefined> {
    try {
        return await client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args }) as T;
    } catch (e) {
        vscode.window.showErrorMessage(`cspec: ${e instanceof Error ? e.message : String(e)}`);
        return undefined;
    }
}
