import * as vscode from 'vscode';

export type ServerState = 'starting' | 'ready' | 'stopped' | 'no-java';

/**
 * The status-bar item: the server's state, and for a .cspec file in the editor its finding
 * count. A click opens the Problems panel, or the output when the server is not running.
 */
export class StatusItem implements vscode.Disposable {
    private readonly item = vscode.window.createStatusBarItem('cspec.status', vscode.StatusBarAlignment.Right, 100);
    private readonly listeners: vscode.Disposable[] = [];
    private state: ServerState = 'starting';

    constructor() {
        this.item.name = 'cspec';
        this.listeners.push(
            vscode.window.onDidChangeActiveTextEditor(() => this.render()),
            vscode.languages.onDidChangeDiagnostics(() => this.render()));
        this.render();
    }

    setState(state: ServerState): void {
        this.state = state;
        this.render();
    }

    private render(): void {
        const editor = vscode.window.activeTextEditor;
        const inContract = editor?.document.languageId === 'cspec';
        if (this.state === 'ready' && !inContract) {
            this.item.hide();
            return;
        }
        switch (this.state) {
            case 'starting':
                this.show('$(sync~spin) cspec', 'The cspec server is starting.', 'cspec.showOutput');
                return;
            case 'stopped':
                this.show('$(error) cspec stopped', 'The cspec server is not running. Click for its output; "cspec: Restart Server" starts it again.', 'cspec.showOutput');
                return;
            case 'no-java':
                this.show('$(error) cspec: no Java', 'cspec needs Java 17 or newer. Click for details.', 'cspec.showOutput');
                return;
            case 'ready': {
                const findings = editor ? cspecDiagnostics(editor.document.uri) : [];
                const errors = findings.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
                const icon = errors > 0 ? '$(error)' : findings.length > 0 ? '$(warning)' : '$(check)';
                const text = findings.length === 0 ? `${icon} cspec` : `${icon} cspec: ${findings.length}`;
                const tooltip = findings.length === 0 ? 'cspec: no findings in this file.'
                    : `cspec: ${findings.length} finding${findings.length === 1 ? '' : 's'} in this file (${errors} error${errors === 1 ? '' : 's'}). Click for the Problems panel.`;
                this.show(text, tooltip, 'workbench.actions.view.problems');
                return;
            }
        }
    }

    private show(text: string, tooltip: string, command: string): void {
        this.item.text = text;
        this.item.tooltip = tooltip;
        this.item.command = command;
        this.item.show();
    }

    dispose(): void {
        this.listeners.forEach((l) => l.dispose());
        this.item.dispose();
    }
}

export function cspecDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
    return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'cspec');
}
