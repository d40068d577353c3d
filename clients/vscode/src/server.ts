import * as path from 'path';
import { Executable } from 'vscode-languageclient/node';
import { JavaRuntime } from './java';

/**
 * How the bundled server starts: the same JVM options file every cspec launcher reads
 * (`java @jvm.options`, shipped beside the jar), then the user's extra options, then the jar.
 */
export function serverExecutable(extensionPath: string, java: JavaRuntime, extraOptions: string[]): Executable {
    const serverDir = path.join(extensionPath, 'server');
    return {
        command: java.executable,
        args: [`@${path.join(serverDir, 'jvm.options')}`, ...extraOptions, '-jar', path.join(serverDir, 'cspec.jar'), 'server'],
    };
}

/** The bundled command line, for commands that run `cspec new` and the like. */
export function cliArguments(extensionPath: string, extraOptions: string[], args: string[]): string[] {
    const serverDir = path.join(extensionPath, 'server');
    return [`@${path.join(serverDir, 'jvm.options')}`, ...extraOptions, '-jar', path.join(serverDir, 'cspec.jar'), ...args];
}
