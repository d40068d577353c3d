import * as path from 'path';
import { Executable } from 'vscode-languageclient/node';
import { JavaRuntime } from './java';

/**
 * The heap options every launcher gives the server alone: a small starting heap whose young
 * generation is half of it, so both grow with the open documents and the collector's CPU per
 * edit grows with the document, not faster (docs/benchmarks.md, issue 13 round 6).
 */
export const SERVER_HEAP_OPTIONS = ['-Xms64m', '-XX:NewRatio=1'];

/**
 * How the bundled server starts: the same JVM options file every cspec launcher reads
 * (`java @jvm.options`, shipped beside the jar), the server's heap options, then the user's extra
 * options (which may override them), then the jar.
 */
export function serverExecutable(extensionPath: string, java: JavaRuntime, extraOptions: string[]): Executable {
    const serverDir = path.join(extensionPath, 'server');
    return {
        command: java.executable,
        args: [`@${path.join(serverDir, 'jvm.options')}`, ...SERVER_HEAP_OPTIONS, ...extraOptions, '-jar', path.join(serverDir, 'cspec.jar'), 'server'],
    };
}

/** The bundled command line, for commands that run `cspec new` and the like. */
export function cliArguments(extensionPath: string, extraOptions: string[], args: string[]): string[] {
    const serverDir = path.join(extensionPath, 'server');
    return [`@${path.join(serverDir, 'jvm.options')}`, ...extraOptions, '-jar', path.join(serverDir, 'cspec.jar'), ...args];
}
