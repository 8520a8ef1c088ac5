// Validate documents against goalkit's published JSON Schemas with ajv: draft 2020-12,
// strict mode, formats checked. Used by tests/test_schema_ajv.py.
//
//   node validate.mjs cases.json
//
// cases.json: {"schemas": {"name": schema, ...}, "cases": [{"schema": "name", "document": ...}]}
// Prints one JSON line: {"compiled": [...names], "verdicts": [{"valid": bool, "errors": [...]}]}.
// Any schema ajv refuses in strict mode makes the script exit with status 1.
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const input = JSON.parse(readFileSync(process.argv[2], "utf8"));
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);

const validators = {};
for (const [name, schema] of Object.entries(input.schemas)) {
  validators[name] = ajv.compile(schema);
}
const verdicts = input.cases.map(({ schema, document }) => {
  const validate = validators[schema];
  const valid = validate(document);
  const errors = (validate.errors || []).map((e) => `${e.instancePath} ${e.keyword}: ${e.message}`);
  return { valid, errors };
});
process.stdout.write(JSON.stringify({ compiled: Object.keys(validators), verdicts }) + "\n");
