// The lunr.js side of PortalBenchmark: times lunr.js 2.3.9 building an index from the same
// documents as the Java builder, and serialising it (the Java side is timed building + toJson).
// Input is reference.js's input format (fields and documents; queries and words are ignored).
// Usage: node bench.js input.json warmups runs lunr-index.json
// Prints {"medianMillis": m, "millis": [...]} and writes the last index built to lunr-index.json.
'use strict';
const fs = require('fs');
const lunr = require('lunr');

const [inputPath, warmupArg, runsArg, outputPath] = process.argv.slice(2);
const input = JSON.parse(fs.readFileSync(inputPath, 'utf8'));
if (input.separator) {
  lunr.tokenizer.separator = new RegExp(input.separator);
}
const warmups = Number(warmupArg);
const runs = Number(runsArg);

function buildJson() {
  const index = lunr(function () {
    this.ref('ref');
    input.fields.forEach((field) => this.field(field.name, { boost: field.boost }));
    input.documents.forEach((doc) => this.add(Object.assign({ ref: doc.ref }, doc.fields), { boost: doc.boost }));
  });
  return JSON.stringify(index);
}

for (let i = 0; i < warmups; i++) {
  buildJson();
}
const millis = [];
let json = '';
for (let i = 0; i < runs; i++) {
  const started = process.hrtime.bigint();
  json = buildJson();
  millis.push(Number(process.hrtime.bigint() - started) / 1e6);
}
const sorted = millis.slice().sort((a, b) => a - b);
fs.writeFileSync(outputPath, json);
console.log(JSON.stringify({ medianMillis: sorted[Math.floor(sorted.length / 2)], millis }));
