import * as vscode from 'vscode';

/** What the server puts in the summary lens's command: counts by modality and by severity. */
export interface ContractSummary {
    uri: string;
    requirements: { must: number; should: number; may: number; will: number; option?: number; question?: number };
    totalWeight: string;
    findings: { error: number; warning: number; information: number; hint: number };
}

export const SUMMARY_COMMAND = 'cspec.summary';

/**
 * The handler for the lens above a contract's header. Clicked, the lens passes the server's
 * counts; from the command palette the lens is asked for first.
 */
export async function showSummary(argument?: ContractSummary): Promise<void> {
    const summary = isSummary(argument) ? argument : await summaryOfActiveEditor();
    if (!summary) {
        vscode.window.showInformationMessage('cspec: open a contract (a .cspec file starting with `contract`) to see its summary.');
        return;
    }
    const choice = await vscode.window.showInformationMessage(describe(summary), 'Show Problems');
    if (choice === 'Show Problems') {
        await vscode.commands.executeCommand('workbench.actions.view.problems');
    }
}

/** "Contract summary: 12 must, 3 should, 2 may, 2 will (total weight 40). Findings: 1 error, ..." */
export function describe(summary: ContractSummary): string {
    const r = summary.requirements;
    const f = summary.findings;
    const tender = (r.option ? `, ${count(r.option, 'option')}` : '') + (r.question ? `, ${count(r.question, 'question')}` : '');
    return `Contract summary: ${r.must} must, ${r.should} should, ${r.may} may, ${r.will} will${tender} `
        + `(rated weight ${summary.totalWeight}). Findings: ${count(f.error, 'error')}, ${count(f.warning, 'warning')}, `
        + `${f.information} information, ${count(f.hint, 'hint')}.`;
}

function count(n: number, word: string): string {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}

async function summaryOfActiveEditor(): Promise<ContractSummary | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'cspec') {
        return undefined;
    }
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri);
    for (const lens of lenses ?? []) {
        const argument = lens.command?.command === SUMMARY_COMMAND ? lens.command.arguments?.[0] : undefined;
        if (isSummary(argument)) {
            return argument;
        }
    }
    return undefined;
}

function isSummary(value: unknown): value is ContractSummary {
    const v = value as ContractSummary | undefined;
    return typeof v === 'object' && v !== null && typeof v.requirements === 'object' && typeof v.findings === 'object';
}
