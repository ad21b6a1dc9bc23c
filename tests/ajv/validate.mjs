// A second, independent implementation of JSON Schema (ajv, draft 2020-12) for the test suite.
//
//   node validate.mjs SCHEMA.json FILE...
//
// FILE is a .json file (one document), a .jsonl file (one document a line), or "-" for JSON
// Lines on standard input. Prints one JSON verdict a line on standard output:
//   {"file": ..., "line": N, "valid": true|false, "errors": [{"path": ..., "message": ...}]}
// ("line" is 1 for a .json file; blank lines of a .jsonl file get no verdict). The first line
// is the schema's own verdict: {"schema": ..., "valid": ..., "errors": [...], "warnings": [...]},
// with ajv in strict mode so that unknown keywords or contradictory types count against it.
// Exit code: 0 every document valid, 1 some invalid, 2 the schema does not compile or a
// file cannot be read. Nothing is fetched from the network: ajv only resolves $ref against
// the schemas it was given.

import { readFileSync } from "node:fs";
import Ajv2020Module from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

const Ajv2020 = Ajv2020Module.default ?? Ajv2020Module;
const addFormats = addFormatsModule.default ?? addFormatsModule;

function emit(record) {
  process.stdout.write(JSON.stringify(record) + "\n");
}

function describe(errors) {
  return (errors ?? []).map((error) => ({
    path: error.instancePath,
    keyword: error.keyword,
    message: error.message,
  }));
}

const [schemaPath, ...files] = process.argv.slice(2);
if (!schemaPath) {
  process.stderr.write("usage: node validate.mjs SCHEMA.json FILE...\n");
  process.exit(2);
}

const warnings = [];
const logger = {
  log: () => {},
  warn: (...args) => warnings.push(args.join(" ")),
  error: (...args) => warnings.push(args.join(" ")),
};
const ajv = new Ajv2020({ strict: true, allErrors: true, logger });
addFormats(ajv);

let check;
try {
  const schema = JSON.parse(readFileSync(schemaPath, "utf8"));
  check = ajv.compile(schema);
} catch (error) {
  emit({ schema: schemaPath, valid: false, errors: [String(error.message ?? error)], warnings });
  process.exit(2);
}
emit({ schema: schemaPath, valid: true, errors: [], warnings });

let allValid = true;

function verdict(file, line, text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    allValid = false;
    emit({ file, line, valid: false, errors: [{ path: "", keyword: "json", message: error.message }] });
    return;
  }
  const valid = check(data);
  if (!valid) allValid = false;
  emit({ file, line, valid, errors: valid ? [] : describe(check.errors) });
}

for (const file of files) {
  let content;
  try {
    content = readFileSync(file === "-" ? 0 : file, "utf8");
  } catch (error) {
    process.stderr.write(`${file}: cannot read: ${error.message}\n`);
    process.exit(2);
  }
  if (file === "-" || file.endsWith(".jsonl")) {
    content.split("\n").forEach((text, index) => {
      if (text.trim()) verdict(file, index + 1, text);
    });
  } else {
    verdict(file, 1, content);
  }
}

process.exit(allValid ? 0 : 1);
