// Puts what the .vsix bundles but git does not hold beside the extension: the server jar and
// the JVM options every cspec launcher shares (both built by `mvn package` in server/app), and
// the repository's licence. Fails with what to run when the jar has not been built.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const extension = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repo = path.resolve(extension, '..', '..');
const jar = path.join(repo, 'server', 'app', 'target', 'cspec.jar');
const options = path.join(repo, 'server', 'app', 'src', 'dist', 'jvm.options');

if (!existsSync(jar)) {
    console.error(`prepare-package: ${jar} is missing; build it first with: mvn -B -DskipTests -pl server/app -am package`);
    process.exit(1);
}
mkdirSync(path.join(extension, 'server'), { recursive: true });
mkdirSync(path.join(extension, 'target'), { recursive: true });
copyFileSync(jar, path.join(extension, 'server', 'cspec.jar'));
copyFileSync(options, path.join(extension, 'server', 'jvm.options'));
copyFileSync(path.join(repo, 'LICENSE'), path.join(extension, 'LICENSE'));
console.log(`prepare-package: bundled ${path.relative(repo, jar)}, jvm.options and LICENSE`);
