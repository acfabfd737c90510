/* Search text: the same tokens as the portal's Java index (LunrText). Split on whitespace, hyphens,
   "/", en and em dashes and apostrophes (LunrText.SEPARATOR_JS, also given to lunr.tokenizer so
   search-index.json searches the same way), lower-case, trim non-word characters at both ends,
   stem with lunr's Porter stemmer. Runs in the browser and in node (the tokenizer test). */
(function (global) {
  'use strict';
  var SEPARATOR = /[\s\-/\u2013\u2014'\u2019]+/;
  var STOP = {};
  ('a able about across after all almost also am among an and any are as at be because been but by can ' +
    'cannot could dear did do does either else ever every for from get got had has have he her hers him ' +
    'his how however i if in into is it its just least let like likely may me might most must my neither ' +
    'no nor not of off often on only or other our own rather said say says she should since so some than ' +
    'that the their them then there these they this tis to too twas us wants was we were what when where ' +
    'which while who whom why will with would yet you your').split(' ').forEach(function (w) { STOP[w] = true; });

  function lunrOf() {
    return global.lunr;
  }

  /* lunr.tokenizer with SEPARATOR, then lunr.trimmer: the words as the index cuts them. */
  function tokens(text) {
    return String(text == null ? '' : text).toLowerCase().split(SEPARATOR).filter(function (t) {
      return t.length > 0;
    }).map(function (t) {
      return t.replace(/^\W+/, '').replace(/\W+$/, '');
    });
  }

  var stems = {};
  function stem(word) {
    if (!Object.prototype.hasOwnProperty.call(stems, word)) {
      var lunr = lunrOf();
      stems[word] = lunr.stemmer(new lunr.Token(word)).toString();
    }
    return stems[word];
  }

  /* The whole indexing pipeline: the terms the index holds for text (stop words left out). */
  function terms(text) {
    return tokens(text).filter(function (t) { return !STOP[t]; }).map(stem);
  }

  if (global.lunr && global.lunr.tokenizer) {
    global.lunr.tokenizer.separator = SEPARATOR; /* so lunr.Index.load(search-index.json) searches alike */
  }
  var api = { separator: SEPARATOR, stopWords: STOP, tokens: tokens, stem: stem, terms: terms };
  global.PortalSearchText = api;
  if (typeof module !== 'undefined' && module.exports) {
    module.exports = api;
  }
}(typeof window !== 'undefined' ? window : globalThis));
