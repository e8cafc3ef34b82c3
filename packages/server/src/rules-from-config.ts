import { readFile } from 'node:fs/promises';
import { formatPath, resolveSections, type ContractRules } from '@kollegalaering/core';
import { ConfigError, type Config } from './config.js';

/**
 * The contract's rules as the organisation configured its sections: the
 * server must know who owns each custom field, or it would hand a private
 * one to everyone. The retention period comes from RETENTION_MONTHS.
 */
export async function rulesFromConfig(
  config: Pick<Config, 'sectionsConfig' | 'retentionMonths'>,
): Promise<ContractRules> {
  let sections: unknown = undefined;
  if (config.sectionsConfig) {
    try {
      sections = JSON.parse(await readFile(config.sectionsConfig, 'utf8'));
    } catch (problem) {
      throw new ConfigError(`SECTIONS_CONFIG ${config.sectionsConfig}: ${String(problem)}`);
    }
  }
  const resolved = resolveSections(sections);
  if (!resolved.ok) {
    const where = resolved.issues.map((i) => `${formatPath(i.path)}: ${i.code}`).join('; ');
    throw new ConfigError(`SECTIONS_CONFIG is not a valid section configuration: ${where}`);
  }
  const rules = resolved.value.rules;
  return config.retentionMonths === undefined
    ? rules
    : { ...rules, retentionMonths: config.retentionMonths };
}
