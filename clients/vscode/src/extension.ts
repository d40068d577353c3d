import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, State, Trace } from 'vscode-languageclient/node';
import { findJava, installAdvice, JavaNotFound, JavaRuntime } from './java';
import { cliRunner, newContractFromProfile } from './newContract';
import { EXPORT_COMMAND, exportComplianceMatrix, PREVIEW_COMMAND, previewRenderedContract } from './procurement';
import { cliArguments, serverExecutable } from './server';
import { StatusItem } from './status';
import { showSummary, SUMMARY_COMMAND } from './summary';

/**
 * The cspec extension: starts the bundled language server with a Java 17+ runtime, and adds
 * the few things a language server cannot do alone (commands, the summary lens's handler, the
 * status-bar item). Everything the language knows stays in the server.
 */
let client: LanguageClient | undefined;
let java: JavaRuntime | undefined;
let output: vscode.OutputChannel;
let status: StatusItem;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    output = vscode.window.createOutputChannel('cspec');
    status = new StatusItem();
    const run = cliRunner(() => java?.executable, (args) => cliArguments(context.extensionPath, javaOptions(), args));
    context.subscriptions.push(output, status,
        vscode.commands.registerCommand('cspec.restartServer', () => restart(context)),
        vscode.commands.registerCommand('cspec.showOutput', () => output.show(true)),
        vscode.commands.registerCommand('cspec.fixAll', fixAll),
        vscode.commands.registerCommand('cspec.newContract', () => newContractFromProfile(run)),
        vscode.commands.registerCommand(SUMMARY_COMMAND, showSummary),
        vscode.commands.registerCommand(PREVIEW_COMMAND, () => previewRenderedContract(client)),
        vscode.commands.registerCommand(EXPORT_COMMAND, () => exportComplianceMatrix(client)),
        vscode.workspace.onDidChangeConfiguration((e) => onSettingsChanged(e, context)));
    await start(context);
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}

async function start(context: vscode.ExtensionContext): Promise<void> {
    status.setState('starting');
    const settings = vscode.workspace.getConfiguration('cspec');
    try {
        java = await findJava(settings.get<string>('java.path', ''));
    } catch (e) {
        if (e instanceof JavaNotFound) {
            reportNoJava(e);
            return;
        }
        throw e;
    }
    output.appendLine(`Starting the cspec server with Java ${java.version} from ${java.source} (${java.executable}).`);
    const executable = serverExecutable(context.extensionPath, java, javaOptions());
    const options: LanguageClientOptions = {
        documentSelector: [{ language: 'cspec', scheme: 'file' }, { language: 'cspec', scheme: 'untitled' }],
        synchronize: { configurationSection: 'cspec' },
        initializationOptions: { cspec: serverSettings(settings) },
        outputChannel: output,
        traceOutputChannel: output,
    };
    client = new LanguageClient('cspec', 'cspec', { run: executable, debug: executable }, options);
    client.onDidChangeState((e) => status.setState(e.newState === State.Running ? 'ready'
        : e.newState === State.Starting ? 'starting' : 'stopped'));
    try {
        await client.start();
        await client.setTrace(Trace.fromString(settings.get<string>('trace', 'off')));
    } catch (e) {
        status.setState('stopped');
        output.appendLine(`The cspec server did not start: ${e instanceof Error ? e.message : String(e)}`);
        const choice = await vscode.window.showErrorMessage('cspec: the language server did not start.', 'Show Output');
        if (choice) {
            output.show(true);
        }
    }
}

async function restart(context: vscode.ExtensionContext): Promise<void> {
    const old = client;
    client = undefined;
    if (old) {
        try {
            await old.stop();
        } catch {
            // A server that already died cannot be stopped; start a new one all the same.
        }
    }
    await start(context);
}

/** The settings the server reads (it asks for the `cspec` section again once it runs). */
function serverSettings(settings: vscode.WorkspaceConfiguration): object {
    return {
        rules: settings.get('rules', {}),
        profile: settings.get('profile', ''),
        debounce: settings.get('debounce', 200),
        trace: settings.get('trace', 'off'),
    };
}

function javaOptions(): string[] {
    return vscode.workspace.getConfiguration('cspec').get<string[]>('java.options', []);
}

function reportNoJava(error: JavaNotFound): void {
    status.setState('no-java');
    const advice = installAdvice(error);
    output.appendLine(advice);
    vscode.window.showErrorMessage(advice, 'Open Settings', 'Show Output').then((choice) => {
        if (choice === 'Open Settings') {
            vscode.commands.executeCommand('workbench.action.openSettings', 'cspec.java.path');
        } else if (choice === 'Show Output') {
            output.show(true);
        }
    });
}

async function onSettingsChanged(e: vscode.ConfigurationChangeEvent, context: vscode.ExtensionContext): Promise<void> {
    if (e.affectsConfiguration('cspec.trace') && client) {
        await client.setTrace(Trace.fromString(vscode.workspace.getConfiguration('cspec').get<string>('trace', 'off')));
    }
    if (e.affectsConfiguration('cspec.java')) {
        const choice = await vscode.window.showInformationMessage('cspec: restart the server to use the new Java settings?', 'Restart');
        if (choice === 'Restart') {
            await restart(context);
        }
    }
}

/** "cspec: Fix All": applies the server's "Fix all safe problems" source action to the active file. */
async function fixAll(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'cspec') {
        return;
    }
    const document = editor.document;
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider', document.uri, whole, 'source.fixAll.cspec');
    const fix = (actions ?? []).find((a) => a.edit !== undefined);
    if (!fix?.edit) {
        vscode.window.showInformationMessage('cspec: no safe fixes left in this file.');
        return;
    }
    await vscode.workspace.applyEdit(fix.edit);
}
