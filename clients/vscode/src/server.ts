import * as path from 'path';
import { Executable } from 'vscode-languageclient/node';
import { JavaRuntime } from './java';

/**
 * The heap options every launcher gives the server alone: a small starting heap whose young
 * generation is half of it, so both grow with the open documents and the collector's CPU per
 * edit grows with the document, not faster (docs/benchmarks.md, issue 13 round 6).
 */
export const SERVER_HEAP_OPTIONS = ['-Xms64m', '-XX:NewRatio=1'];

/** Whether a Java option sizes the heap or its young generation (`-Xmx512m`, `-XX:MaxRAMPercentage=25`). */
export function sizesHeap(option: string): boolean {
    return /^-Xm[nsx]|^-XX:\w*(HeapSize|RAMPercentage|NewRatio|NewSize)=/.test(option);
}

/**
 * How the bundled server starts: the same JVM options file every cspec launcher reads
 * (`java @jvm.options`, shipped beside the jar), the server's heap options, then the user's extra
 * options, then the jar. A user who sizes the heap keeps exactly that: the JVM refuses to start
 * when -Xms64m meets a smaller -Xmx, whatever their order.
 */
export function serverExecutable(extensionPath: string, java: JavaRuntime, extraOptions: string[]): Executable {
    const serverDir = path.join(extensionPath, 'server');
    const heap = extraOptions.some(sizesHeap) ? [] : SERVER_HEAP_OPTIONS;
    return {
        command: java.executable,
        args: [`@${path.join(serverDir, 'jvm.options')}`, ...heap, ...extraOptions, '-jar', path.join(serverDir, 'cspec.jar'), 'server'],
    };
}

/** The bundled command line, for commands that run `cspec new` and the like. */
export function cliArguments(extensionPath: string, extraOptions: string[], args: string[]): string[] {
    const serverDir = path.join(extensionPath, 'server');
    return [`@${path.join(serverDir, 'jvm.options')}`, ...extraOptions, '-jar', path.join(serverDir, 'cspec.jar'), ...args];
}
