// How the extension starts the bundled server: the shared options file, the server's heap options
// unless the user sizes the heap (a larger -Xms than the user's -Xmx stops the JVM), then the jar.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';
import { build } from 'esbuild';

const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'cspec-server-test-')), 'server.mjs');
await build({ entryPoints: [path.resolve(import.meta.dirname, '../../src/server.ts')], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'error' });
const { serverExecutable, sizesHeap, SERVER_HEAP_OPTIONS } = await import(out);

const java = { executable: '/opt/jdk/bin/java', version: 17 };
const ext = path.join(os.tmpdir(), 'ext');

test('the server gets its heap options before the user\'s other options', () => {
    const { command, args } = serverExecutable(ext, java, ['-Dfile.encoding=UTF-8']);
    assert.equal(command, '/opt/jdk/bin/java');
    assert.deepEqual(args, [`@${path.join(ext, 'server', 'jvm.options')}`, ...SERVER_HEAP_OPTIONS,
        '-Dfile.encoding=UTF-8', '-jar', path.join(ext, 'server', 'cspec.jar'), 'server']);
});

test('a user who sizes the heap keeps exactly their options', () => {
    for (const option of ['-Xmx48m', '-Xms32m', '-Xmn16m', '-XX:MaxHeapSize=48m', '-XX:MaxRAMPercentage=5', '-XX:NewRatio=3']) {
        const { args } = serverExecutable(ext, java, [option]);
        assert.deepEqual(args, [`@${path.join(ext, 'server', 'jvm.options')}`, option,
            '-jar', path.join(ext, 'server', 'cspec.jar'), 'server'], option);
    }
});

test('only heap-sizing options count as sizing the heap', () => {
    assert.equal(sizesHeap('-Xmx2g'), true);
    assert.equal(sizesHeap('-XX:InitialHeapSize=64m'), true);
    assert.equal(sizesHeap('-Xss2m'), false);
    assert.equal(sizesHeap('-XX:+UseSerialGC'), false);
    assert.equal(sizesHeap('-Dcspec.maxHeap=1'), false);
});
