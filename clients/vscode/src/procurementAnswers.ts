/** What the server answers to an export (see cspec.exportMatrix), and the words the editor shows for it. */
export interface ExportAnswer {
    written: boolean;
    exists?: boolean;
    path: string;
    rows?: number;
}

export function exportMessage(answer: ExportAnswer): string {
    const name = answer.path.split(/[\\/]/).pop() ?? answer.path;
    if (answer.written) {
        return `cspec: wrote ${name} (${answer.rows ?? 0} rows) next to the contract.`;
    }
    return `${name} already exists next to the contract. Replace it with a new matrix?`;
}

export function previewTitle(contractTitle: string): string {
    return `Preview: ${contractTitle}`;
}
