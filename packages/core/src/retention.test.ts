import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveSections } from './config/resolve-sections.js';
import { isPastRetention, retentionDate, withRetention } from './retention.js';
import { contractAt } from './testing/contract-at.js';
import { filledContract } from './testing/filled-contract.js';

test('the retention date counts from completion, or from the last change while not completed', () => {
  const completed = contractAt('completed'); // reached completed 2026-04-01
  assert.equal(retentionDate(completed, 24), '2028-04-01');
  const running = { ...filledContract(), updatedAt: '2026-08-31T12:00:00.000Z' };
  assert.equal(retentionDate(running, 6), '2027-02-28', 'the last day of a shorter month');
});

test('the organisation’s setting puts the date on the contract, and it is flagged once passed', () => {
  const resolved = resolveSections({ retention: { monthsAfterCompletion: 12 } });
  assert.ok(resolved.ok);
  const contract = withRetention(contractAt('completed'), resolved.value.rules);
  assert.equal(contract.retainUntil, '2027-04-01');
  assert.equal(isPastRetention(contract, new Date('2027-04-01T23:00:00Z')), false);
  assert.equal(isPastRetention(contract, new Date('2027-04-02T00:00:00Z')), true);
  const noSetting = resolveSections(undefined);
  assert.ok(noSetting.ok);
  assert.equal(
    withRetention(contractAt('completed'), noSetting.value.rules).retainUntil,
    undefined,
  );
});

test('a help link in the configuration must be https', () => {
  for (const helpUrl of ['javascript:alert(1)', 'http://intranet.example.dk/guide', 'guide.html']) {
    const resolved = resolveSections({ sections: [{ id: 'purpose', helpUrl }] });
    assert.equal(resolved.ok, false, helpUrl);
    // The editor is told why, by the place in the configuration.
    assert.deepEqual(
      !resolved.ok && resolved.issues.map((found) => [found.path.join('.'), found.code]),
      [['sections.0.helpUrl', 'https-only']],
    );
  }
  const good = resolveSections({
    sections: [{ id: 'purpose', helpUrl: 'https://intranet.example.dk/guide' }],
  });
  assert.ok(good.ok);
  assert.equal(
    good.value.sections.find((section) => section.id === 'purpose')?.helpUrl,
    'https://intranet.example.dk/guide',
  );
});
