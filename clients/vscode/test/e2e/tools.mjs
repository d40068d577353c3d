// Where the end-to-end test finds its tools. .ci/run installs code-server into the cache folder
// named here (code-server 4.99.4 is the last release that runs on node 20).
import { accessSync, constants, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const CODE_SERVER_VERSION = '4.99.4';

export function codeServerHome() {
    const cache = process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache');
    return path.join(cache, 'cspec-ci', `code-server-${CODE_SERVER_VERSION}`);
}

/** The tools found, and a description of each one that is missing. */
export function findTools(vsix) {
    const codeServer = firstExecutable([
        process.env.CSPEC_CODE_SERVER,
        path.join(codeServerHome(), 'node_modules', '.bin', 'code-server'),
        onPath('code-server'),
    ]);
    const chromium = firstExecutable([
        process.env.CHROME_PATH,
        '/usr/lib/chromium/chromium',
        onPath('chromium'),
        onPath('google-chrome'),
    ]);
    const java = firstExecutable([
        process.env.JAVA_HOME && path.join(process.env.JAVA_HOME, 'bin', 'java'),
        onPath('java'),
    ]);
    const missing = [];
    if (!codeServer) {
        missing.push(`code-server ${CODE_SERVER_VERSION} (in ${codeServerHome()}, on PATH or named by CSPEC_CODE_SERVER)`);
    }
    if (!chromium) {
        missing.push('Chromium (apt-get install chromium, or CHROME_PATH)');
    }
    if (!java) {
        missing.push('Java 17+ for the cspec server');
    }
    if (!existsSync(vsix)) {
        missing.push(`the packaged extension ${vsix} (npm run package)`);
    }
    return { codeServer, chromium, java, missing };
}

function firstExecutable(candidates) {
    for (const candidate of candidates) {
        if (!candidate) {
            continue;
        }
        try {
            accessSync(candidate, constants.X_OK);
            return candidate;
        } catch {
            // next
        }
    }
    return undefined;
}

function onPath(name) {
    for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
        if (dir && existsSync(path.join(dir, name))) {
            return path.join(dir, name);
        }
    }
    return undefined;
}
