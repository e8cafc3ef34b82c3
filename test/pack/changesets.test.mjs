// A release starts with `changeset version`: the changesets waiting in
// .changeset/ must turn into a changelog for each package and a version bump,
// with components depending on the new core. Run on a copy, never on the repo.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;

test('`changeset version` writes a changelog for each package and bumps all three together', async () => {
  const copy = await mkdtemp(join(tmpdir(), 'kollegalaering-release-'));
  try {
    await cp(join(root, 'package.json'), join(copy, 'package.json'));
    await cp(join(root, '.changeset'), join(copy, '.changeset'), { recursive: true });
    for (const name of ['core', 'components', 'server']) {
      await cp(
        join(root, 'packages', name, 'package.json'),
        join(copy, 'packages', name, 'package.json'),
      );
    }
    await symlink(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
    // Changesets reads git for the commit that added each changeset.
    const git = (...args) => run('git', args, { cwd: copy });
    await git('init', '-q');
    await git('add', '.changeset', 'package.json', 'packages');
    await git('-c', 'user.name=ci', '-c', 'user.email=ci@localhost', 'commit', '-qm', 'copy');
    const pending = (await readdir(join(copy, '.changeset'))).filter(
      (file) => file.endsWith('.md') && file !== 'README.md',
    );
    assert.ok(pending.length > 0, 'there are changesets waiting');

    await run(join(root, 'node_modules/.bin/changeset'), ['version'], { cwd: copy });

    const read = (path) => readFile(join(copy, path), 'utf8');
    const core = JSON.parse(await read('packages/core/package.json'));
    const components = JSON.parse(await read('packages/components/package.json'));
    const before = JSON.parse(await readFile(join(root, 'packages/core/package.json'), 'utf8'));
    assert.notEqual(core.version, before.version, 'core got a new version');
    assert.equal(components.version, core.version, 'the two packages are released together');
    assert.equal(components.dependencies['@kollegalaering/core'], core.version);
    const server = JSON.parse(await read('packages/server/package.json'));
    assert.equal(server.version, core.version, 'the server is released with them');
    assert.equal(server.dependencies['@kollegalaering/core'], core.version);
    for (const name of ['core', 'components', 'server']) {
      const changelog = await read(`packages/${name}/CHANGELOG.md`);
      assert.match(changelog, new RegExp(`^# @kollegalaering/${name}\\n\\n## ${core.version}`));
    }
    // Every waiting changeset's sentence ends up in a changelog.
    const changelogs =
      (await read('packages/core/CHANGELOG.md')) +
      (await read('packages/components/CHANGELOG.md')) +
      (await read('packages/server/CHANGELOG.md'));
    for (const file of pending) {
      const sentence = (await readFile(join(root, '.changeset', file), 'utf8'))
        .split('---')[2]
        .trim()
        .slice(0, 60);
      assert.ok(changelogs.includes(sentence), `${file} is in a changelog`);
    }
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
});
