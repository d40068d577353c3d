// Tokenizes text with the extension's TextMate grammar, the way VS Code does (vscode-textmate
// with the Oniguruma regex engine compiled to WebAssembly).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import oniguruma from 'vscode-oniguruma';
import textmate from 'vscode-textmate';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
export const extensionDir = path.resolve(here, '..', '..');
export const repoRoot = path.resolve(extensionDir, '..', '..');

let grammarPromise;

export function grammar() {
    grammarPromise ??= load();
    return grammarPromise;
}

async function load() {
    const wasm = await readFile(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
        onigLib: Promise.resolve({
            createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
            createOnigString: (s) => new oniguruma.OnigString(s),
        }),
        loadGrammar: async (scopeName) => {
            if (scopeName !== 'source.cspec') {
                return null;
            }
            const file = path.join(extensionDir, 'syntaxes', 'cspec.tmLanguage.json');
            return textmate.parseRawGrammar(await readFile(file, 'utf8'), file);
        },
    });
    return registry.loadGrammar('source.cspec');
}

/** Each line's tokens: [{ text, scopes }] with the scopes outermost first. */
export async function tokenize(text) {
    const g = await grammar();
    let state = textmate.INITIAL;
    const lines = [];
    for (const line of text.split(/\r?\n/)) {
        const result = g.tokenizeLine(line, state);
        lines.push({
            line,
            tokens: result.tokens.map((t) => ({ text: line.substring(t.startIndex, t.endIndex), start: t.startIndex, end: t.endIndex, scopes: t.scopes })),
        });
        state = result.ruleStack;
    }
    return lines;
}

/** The scopes of the first token that contains `needle` on the line that contains `lineText`. */
export async function scopesAt(text, lineText, needle) {
    const lines = await tokenize(text);
    const line = lines.find((l) => l.line.includes(lineText));
    if (!line) {
        throw new Error(`no line containing ${JSON.stringify(lineText)}`);
    }
    const at = line.line.indexOf(needle, line.line.indexOf(lineText));
    const token = line.tokens.find((t) => t.start <= at && at < t.end);
    return token ? token.scopes : [];
}
