import { readFile } from 'node:fs/promises';
import { formatPath, resolveSections, type ContractRules } from '@kollegalaering/core';
import { ConfigError, type Config } from './config.js';

/**
 * The section configuration in SECTIONS_CONFIG, checked by core (undefined
 * where it is unset): the organisation settings' first version.
 */
export async function sectionsFromConfig(config: Pick<Config, 'sectionsConfig'>): Promise<unknown> {
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
  return sections;
}

/**
 * The contract's rules as the organisation configured its sections: the
 * server must know who owns each custom field, or it would hand a private
 * one to everyone. The retention period comes from RETENTION_MONTHS.
 */
export async function rulesFromConfig(
  config: Pick<Config, 'sectionsConfig' | 'retentionMonths'>,
): Promise<ContractRules> {
  const resolved = resolveSections(await sectionsFromConfig(config));
  if (!resolved.ok) throw new ConfigError('SECTIONS_CONFIG is not a valid section configuration');
  const rules = resolved.value.rules;
  return config.retentionMonths === undefined
    ? rules
    : { ...rules, retentionMonths: config.retentionMonths };
}
