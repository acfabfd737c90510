// The reference side of the compatibility test and the benchmark: lunr.js 2.3.9 builds an index
// from the same documents as the Java builder, runs the same queries on both indexes, and stems
// the same words.
// Usage: node reference.js input.json java-index.json output.json
'use strict';
const fs = require('fs');
const lunr = require('lunr');

const [inputPath, javaIndexPath, outputPath] = process.argv.slice(2);
const input = JSON.parse(fs.readFileSync(inputPath, 'utf8'));
// The portal's separator (LunrText.SEPARATOR_JS): "/" and other joiners split words too.
if (input.separator) {
  lunr.tokenizer.separator = new RegExp(input.separator);
}

const started = process.hrtime.bigint();
const built = lunr(function () {
  this.ref('ref');
  input.fields.forEach((field) => this.field(field.name, { boost: field.boost }));
  input.documents.forEach((doc) => this.add(Object.assign({ ref: doc.ref }, doc.fields), { boost: doc.boost }));
});
const buildMillis = Number(process.hrtime.bigint() - started) / 1e6;
const lunrJson = JSON.stringify(built);

const output = { lunrIndex: lunrJson, buildMillis, results: {}, stems: {} };
if (javaIndexPath && fs.existsSync(javaIndexPath)) {
  const javaIndex = lunr.Index.load(JSON.parse(fs.readFileSync(javaIndexPath, 'utf8')));
  const run = (index, query) => {
    try {
      return index.search(query).map((r) => ({ ref: r.ref, score: r.score }));
    } catch (e) {
      return { error: e.name + ': ' + e.message };
    }
  };
  (input.queries || []).forEach((query) => {
    output.results[query] = { lunr: run(built, query), java: run(javaIndex, query) };
  });
}
(input.words || []).forEach((word) => {
  output.stems[word] = lunr.stemmer(new lunr.Token(word)).toString();
});
// The search page's own pipeline (site-assets/search-text.js) on the same texts.
if (input.searchText && input.texts) {
  global.lunr = lunr;
  const text = require(input.searchText);
  output.pageTerms = input.texts.map((t) => text.terms(t));
  output.lunrTokens = input.texts.map((t) => lunr.tokenizer(t).map(String));
}
fs.writeFileSync(outputPath, JSON.stringify(output));
