/**
 * Writes the JSON Schema of the public records to docs/ (npm run schema).
 * Run after changing src/model; CI checks the committed files are current.
 */
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { AnnotateInputSchema, ArticleRecordSchema, ErrorRecordSchema } from '../src/model/record.js';
import { repoPath } from '../src/paths.js';

const schemas = {
  'article-record.schema.json': ArticleRecordSchema,
  'annotate-input.schema.json': AnnotateInputSchema,
  'error-record.schema.json': ErrorRecordSchema,
};

const check = process.argv.includes('--check');
let stale = 0;
for (const [file, schema] of Object.entries(schemas)) {
  const json = JSON.stringify(z.toJSONSchema(schema, { io: 'output' }), null, 2) + '\n';
  const path = repoPath('docs', file);
  if (check) {
    let current = '';
    try {
      current = (await import('node:fs')).readFileSync(path, 'utf8');
    } catch {
      /* missing counts as stale */
    }
    if (current !== json) {
      console.error(`docs/${file} is out of date: run npm run schema`);
      stale++;
    }
  } else {
    writeFileSync(path, json);
    console.log(`wrote docs/${file}`);
  }
}
process.exit(stale ? 1 : 0);
