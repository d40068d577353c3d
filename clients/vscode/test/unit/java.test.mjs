// Java discovery as the extension does it: the setting, then JAVA_HOME, then PATH, each asked for
// its version, with a message naming what to install when none is 17 or newer.
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';
import { build } from 'esbuild';

// The extension is TypeScript; bundle its Java module for node (it needs no vscode API).
const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'cspec-java-test-')), 'java.mjs');
await build({ entryPoints: [path.resolve(import.meta.dirname, '../../src/java.ts')], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'error' });
const { findJava, installAdvice, JavaNotFound, parseJavaVersion } = await import(out);

/** A folder laid out like a Java home whose bin/java reports this version. */
function fakeJavaHome(version) {
    const home = mkdtempSync(path.join(os.tmpdir(), `java-${version}-`));
    mkdirSync(path.join(home, 'bin'));
    const java = path.join(home, 'bin', 'java');
    writeFileSync(java, `#!/bin/sh\necho 'openjdk version "${version}" 2025-04-15' >&2\n`);
    chmodSync(java, 0o755);
    return home;
}

test('reads the major version from what java -version prints', () => {
    assert.equal(parseJavaVersion('openjdk version "17.0.15" 2025-04-15'), 17);
    assert.equal(parseJavaVersion('java version "1.8.0_392"'), 8);
    assert.equal(parseJavaVersion('openjdk version "21" 2023-09-19'), 21);
    assert.equal(parseJavaVersion('no version here'), undefined);
});

test('the setting wins over JAVA_HOME and PATH', async () => {
    const setting = fakeJavaHome('21.0.2');
    const java = await findJava(setting, { JAVA_HOME: fakeJavaHome('17.0.1'), PATH: '' });
    assert.equal(java.version, 21);
    assert.equal(java.source, 'the cspec.java.path setting');
    assert.equal(java.executable, path.join(setting, 'bin', 'java'));
});

test('a Java older than 17 is passed over for the next place', async () => {
    const modern = fakeJavaHome('17.0.15');
    const java = await findJava('', { JAVA_HOME: fakeJavaHome('11.0.2'), PATH: path.join(modern, 'bin') });
    assert.equal(java.source, 'PATH');
    assert.equal(java.version, 17);
});

test('without a usable Java the message says what to install and what was found', async () => {
    const old = fakeJavaHome('1.8.0_392');
    await assert.rejects(findJava('/nowhere/java', { JAVA_HOME: old, PATH: '' }), (e) => {
        assert.ok(e instanceof JavaNotFound);
        const advice = installAdvice(e);
        assert.match(advice, /Java 17 \(or newer\)/);
        assert.match(advice, /cspec\.java\.path/);
        assert.match(advice, /JAVA_HOME: .* is Java 8/);
        assert.match(advice, /the cspec\.java\.path setting: \/nowhere\/java does not run/);
        return true;
    });
});
