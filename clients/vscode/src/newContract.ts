import { execFile } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

/** Runs the bundled command line (`cspec ARGS`) in a folder; resolves with its output and exit code. */
export type RunCli = (args: string[], cwd: string) => Promise<{ code: number; stdout: string; stderr: string }>;

export function cliRunner(java: () => string | undefined, argumentsFor: (args: string[]) => string[]): RunCli {
    return (args, cwd) => new Promise((resolve, reject) => {
        const executable = java();
        if (!executable) {
            reject(new Error('cspec needs Java 17 or newer; see the cspec output for what to install.'));
            return;
        }
        execFile(executable, argumentsFor(args), { cwd, timeout: 60000 }, (error, stdout, stderr) => {
            const code = error && typeof (error as { code?: unknown }).code === 'number' ? (error as { code: number }).code : error ? 2 : 0;
            resolve({ code, stdout: String(stdout), stderr: String(stderr) });
        });
    });
}

/**
 * "cspec: New Contract from Profile": pick a profile (built in, or one of the workspace's), name
 * the file, and `cspec new` writes the skeleton with every section, clause and SLA the profile
 * requires; the new file opens in the editor.
 */
export async function newContractFromProfile(run: RunCli): Promise<void> {
    const folder = await pickFolder();
    if (!folder) {
        vscode.window.showInformationMessage('cspec: open a folder first; the new contract is created in it.');
        return;
    }
    const cwd = folder.uri.fsPath;
    const listed = await run(['new', '--list-profiles'], cwd);
    if (listed.code !== 0) {
        vscode.window.showErrorMessage(`cspec: could not list the profiles: ${listed.stderr.trim() || listed.stdout.trim()}`);
        return;
    }
    const profiles = parseProfiles(listed.stdout);
    const picked = await vscode.window.showQuickPick(
        profiles.map((p) => ({ label: p.id, description: p.title, id: p.id })),
        { title: 'New contract: which kind of contract?', placeHolder: 'The profile lists the sections, SLAs and clauses it needs' });
    if (!picked) {
        return;
    }
    const name = await vscode.window.showInputBox({
        title: 'New contract: file name',
        value: `${picked.id}-contract.cspec`,
        prompt: `Created in ${cwd}`,
        validateInput: (value) => fileNameProblem(cwd, value),
    });
    if (!name) {
        return;
    }
    const result = await run(['new', '--profile', picked.id, name], cwd);
    if (result.code !== 0) {
        vscode.window.showErrorMessage(`cspec: ${result.stderr.trim() || result.stdout.trim()}`);
        return;
    }
    const document = await vscode.workspace.openTextDocument(path.resolve(cwd, name));
    await vscode.window.showTextDocument(document);
    vscode.window.showInformationMessage(
        `cspec: ${name} follows ${picked.id}. Fill in its [bracketed blanks]; the Problems panel lists what is left.`);
}

async function pickFolder(): Promise<vscode.WorkspaceFolder | undefined> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length <= 1) {
        return folders[0];
    }
    return vscode.window.showWorkspaceFolderPick({ placeHolder: 'Folder for the new contract' });
}

/** `cspec new --list-profiles` prints one profile a line: ID, a tab, its title. */
export function parseProfiles(output: string): Array<{ id: string; title: string }> {
    return output.split(/\r?\n/).filter((line) => line.trim() !== '').map((line) => {
        const [id, ...title] = line.split('\t');
        return { id: id.trim(), title: title.join('\t').trim() };
    });
}

function fileNameProblem(cwd: string, value: string): string | undefined {
    if (!value.endsWith('.cspec')) {
        return 'The name must end in .cspec';
    }
    if (fs.existsSync(path.resolve(cwd, value))) {
        return `${value} already exists; cspec never overwrites a contract.`;
    }
    return undefined;
}
