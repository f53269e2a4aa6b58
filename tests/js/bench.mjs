// The engine benchmark's peer: graphql-js on the same SDL, data and documents as
// tests/BudgetGraph.Benchmarks (Fixtures/), measured with the same loop as its quick mode
// (QuickEngine.cs): a warm-up as long as the timed loop (V8 and .NET both tier up), then as many operations as fit.
//   node bench.mjs [--seconds S]   prints one JSON object { document: { parse, validate, execute, full, sha256 } }
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { buildSchema, parse, validate, execute } from 'graphql';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'BudgetGraph.Benchmarks', 'Fixtures');
const secondsArg = process.argv.indexOf('--seconds');
const seconds = secondsArg >= 0 ? Number(process.argv[secondsArg + 1]) : 1.0;

const schema = buildSchema(readFileSync(join(fixtures, 'schema.graphql'), 'utf8'));
const { departments } = JSON.parse(readFileSync(join(fixtures, 'data.json'), 'utf8'));
const byCode = new Map(departments.map((d) => [d.code, d]));
// The root fields, as the C# fixture's resolvers: other fields use the default (property) resolver.
const rootValue = {
  departments: ({ first }) => departments.slice(0, first),
  department: ({ code }) => byCode.get(code) ?? null,
};
const names = ['small', 'list', 'introspection'];
const documents = Object.fromEntries(names.map((n) => [n, readFileSync(join(fixtures, `${n}.graphql`), 'utf8')]));

function measure(op) {
  const warmupEnd = performance.now() + seconds * 1000;
  while (performance.now() < warmupEnd) op();
  let count = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < seconds * 1000) {
    for (let i = 0; i < 8; i++) op();
    count += 8;
    elapsed = performance.now() - start;
  }
  return Math.round((count / (elapsed / 1000)) * 10) / 10;
}

const results = {};
for (const name of names) {
  const text = documents[name];
  const document = parse(text);
  const errors = validate(schema, document);
  if (errors.length > 0) throw new Error(`${name}: the fixture does not validate: ${errors[0].message}`);
  const answer = JSON.stringify(execute({ schema, document, rootValue }));
  results[name] = {
    parse: measure(() => parse(text)),
    validate: measure(() => validate(schema, document)),
    execute: measure(() => execute({ schema, document, rootValue })),
    full: measure(() => {
      const d = parse(text);
      if (validate(schema, d).length === 0) execute({ schema, document: d, rootValue });
    }),
    sha256: createHash('sha256').update(answer).digest('hex'),
  };
}
console.log(JSON.stringify(results));
