import { execFile } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/** A Java runtime that can run the server, and where it was found. */
export interface JavaRuntime {
    executable: string;
    version: number;
    source: string;
}

/** Why no usable Java was found: every place looked at, with what was there. */
export class JavaNotFound extends Error {
    constructor(readonly tried: string[]) {
        super('cspec needs Java 17 or newer to run its language server, and none was found.');
    }
}

export const MINIMUM_JAVA = 17;

const executableName = process.platform === 'win32' ? 'java.exe' : 'java';

/**
 * Finds Java 17+: the cspec.java.path setting (an executable or a JDK/JRE folder), then
 * JAVA_HOME, then PATH. Each candidate is asked for its version; the first good one wins.
 */
export async function findJava(setting: string, env: NodeJS.ProcessEnv = process.env): Promise<JavaRuntime> {
    const candidates: Array<{ executable: string; source: string }> = [];
    if (setting.trim() !== '') {
        candidates.push({ executable: executableIn(setting.trim()), source: 'the cspec.java.path setting' });
    }
    if (env.JAVA_HOME) {
        candidates.push({ executable: executableIn(env.JAVA_HOME), source: 'JAVA_HOME' });
    }
    const onPath = searchPath(env.PATH ?? '');
    if (onPath) {
        candidates.push({ executable: onPath, source: 'PATH' });
    }
    const tried: string[] = [];
    for (const candidate of candidates) {
        const version = await javaVersion(candidate.executable);
        if (version === undefined) {
            tried.push(`${candidate.source}: ${candidate.executable} does not run`);
        } else if (version < MINIMUM_JAVA) {
            tried.push(`${candidate.source}: ${candidate.executable} is Java ${version}`);
        } else {
            return { ...candidate, version };
        }
    }
    if (!onPath) {
        tried.push('PATH: no java');
    }
    throw new JavaNotFound(tried);
}

/** The words shown when no Java is found: what to install and where to point the extension. */
export function installAdvice(error: JavaNotFound): string {
    const install = process.platform === 'win32' || process.platform === 'darwin'
        ? 'install a Java 17 (or newer) runtime, such as Eclipse Temurin 17 from adoptium.net'
        : 'install a Java 17 (or newer) runtime, for example `sudo apt install openjdk-17-jre-headless` on Debian or Ubuntu';
    return `${error.message} Please ${install}, or set "cspec.java.path" to its java. Looked at: ${error.tried.join('; ')}.`;
}

/** A folder is a Java home (its bin/java); anything else is taken as the executable itself. */
function executableIn(location: string): string {
    try {
        if (fs.statSync(location).isDirectory()) {
            return path.join(location, 'bin', executableName);
        }
    } catch {
        // A path that does not exist is reported when it fails to run.
    }
    return location;
}

function searchPath(pathVariable: string): string | undefined {
    for (const dir of pathVariable.split(path.delimiter)) {
        if (dir === '') {
            continue;
        }
        const candidate = path.join(dir, executableName);
        try {
            fs.accessSync(candidate, fs.constants.X_OK);
            return candidate;
        } catch {
            // not here
        }
    }
    return undefined;
}

/** The major version `java -version` reports (1.8 counts as 8), or undefined when it does not run. */
export function javaVersion(executable: string): Promise<number | undefined> {
    return new Promise((resolve) => {
        execFile(executable, ['-version'], { timeout: 15000 }, (error, stdout, stderr) => {
            if (error) {
                resolve(undefined);
                return;
            }
            resolve(parseJavaVersion(`${stderr}\n${stdout}`));
        });
    });
}

/** Reads `version "17.0.15"`, `version "1.8.0_392"` or `version "21"` from `java -version` output. */
export function parseJavaVersion(output: string): number | undefined {
    const match = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(output);
    if (!match) {
        return undefined;
    }
    const major = Number(match[1]);
    return major === 1 && match[2] !== undefined ? Number(match[2]) : major;
}
