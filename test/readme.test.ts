import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseConfig } from '../src/policy/config-yaml.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  scripts: Record<string, string>;
};
const yamlBlocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

/** The README is what a newcomer follows literally: its commands and examples must work. */
describe('README', () => {
  it('gives the two commands, and both exist', () => {
    expect(readme).toContain('npm ci && npm run example');
    expect(readme).toContain('npm ci && npm test');
    expect(pkg.scripts.example).toMatch(/^node dist\/cli\.js report /);
    expect(pkg.scripts.test).toBe('vitest run');
  });

  it('shows policy examples that the config parser accepts', () => {
    const configs = yamlBlocks.filter((b) => b.startsWith('# .github/claude-cost.yml'));
    expect(configs.length).toBeGreaterThan(0);
    for (const text of configs) expect(() => parseConfig(text, 'README.md')).not.toThrow();
  });

  it('shows workflow snippets that are valid YAML', () => {
    expect(yamlBlocks.length).toBeGreaterThan(3);
    for (const text of yamlBlocks) expect(() => parse(text)).not.toThrow();
  });
});
