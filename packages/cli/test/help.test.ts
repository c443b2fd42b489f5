import { operationTree } from '@chartmogul-kit/node';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/run-cli.js';

const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

async function help(args: string[]) {
  const run = await runCli(args);
  expect(run.code, run.stderr).toBe(0);
  return run.stdout;
}

describe('--help, generated from the operations table', () => {
  it('at the top: every namespace of the client, kebab-cased, with its methods', async () => {
    const text = await help(['--help']);
    for (const name of Object.keys(operationTree)) expect(text).toMatch(new RegExp(`^  ${kebab(name)} `, 'm'));
    const unwrapped = text.replace(/\n {20,}/g, ' ');
    expect(unwrapped).toMatch(/^ {2}customers\s+create, list, .*retrieve-attributes, tags \(add, remove, add-by-email\)/m);
    expect(text).toContain('--format <json|jsonl|csv|table>');
    expect(await help([])).toBe(text);
    expect(await help(['-h'])).toBe(text);
  });

  it('at a namespace: its methods with their summaries, and its sub-namespaces', async () => {
    const text = await help(['customers', '--help']);
    expect(text).toMatch(/^ {2}create\s+Creates a customer in a data source\.$/m);
    expect(text).toMatch(/^ {2}retrieve-attributes\s+Returns a customer's tags/m);
    expect(text).toMatch(/^ {2}tags \.\.\.\s+add, remove, add-by-email$/m);
    expect(await help(['customers', 'tags', '--help'])).toMatch(/^ {2}add-by-email\s+Adds tags to every customer with an email address/m);
  });

  it('at a method: the request, path parameters, and each parameter with its type and description', async () => {
    const list = await help(['customers', 'list', '--help']);
    expect(list).toContain('Request: GET /v1/customers (a cursor-paged list of "entries")');
    expect(list).toMatch(/^ {2}--data-source-uuid <string>\s+Only customers of this data source\.$/m);
    expect(list).toMatch(/^ {2}--per-page <number>\s+Items per page/m);
    expect(list).toMatch(/^ {2}--all\s+Walk every page/m);

    const add = await help(['customers', 'tags', 'add', '--help']);
    expect(add).toContain('Usage: chartmogul customers tags add <uuid>');
    expect(add).toMatch(/^ {2}--tags <a,b,\.\.\.>\s+\(required\)/m);
    expect(add).toMatch(/^ {2}--from <file\.jsonl>/m);

    const mrr = await help(['metrics', 'mrr', '--help']);
    expect(mrr).toMatch(/^ {2}--start-date <string>\s+\(required\) The first day of the period/m);
    expect(mrr).toContain('--interval <day|week|month|quarter|year>');
    expect(mrr).not.toMatch(/^ {2}--all/m);
  });

  it('names a parameter spelled like an option after the parameter (customers merge --from)', async () => {
    const merge = await help(['customers', 'merge', '--help']);
    expect(merge).toMatch(/^ {2}--from <json>\s+\(required\) The customer merged away/m);
    expect(merge).not.toMatch(/^ {2}--from <file\.jsonl>/m);
  });
});
