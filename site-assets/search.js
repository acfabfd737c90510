/* Search page: lunr.js over the index built by the portal. The index and the result details
   come as scripts (window.PORTAL_SEARCH_INDEX, window.PORTAL_SEARCH_DOCS) so that search also
   works when the site is opened from a shared drive, where browsers refuse fetch(). */
(function () {
  'use strict';
  var form = document.querySelector('.search-form');
  var input = document.getElementById('search-q');
  var status = document.querySelector('[data-search-status]');
  var list = document.querySelector('[data-search-results]');
  if (!form || !window.lunr || !window.PORTAL_SEARCH_INDEX || !window.PORTAL_SEARCH_DOCS) {
    return;
  }
  var index = window.lunr.Index.load(window.PORTAL_SEARCH_INDEX);
  var docs = window.PORTAL_SEARCH_DOCS;
  var KINDS = { role: 'Role', level: 'Role level', skill: 'Transferable skill', framework: 'Framework', profile: 'Role profile, another council', glossary: 'Glossary' };
  var ENOUGH = 5;

  function words(query) {
    return query.toLowerCase().split(/[\s\-]+/).map(function (w) {
      return w.replace(/^\W+/, '').replace(/\W+$/, '');
    }).filter(function (w) { return w.length > 0; });
  }

  function run(query) {
    try {
      return index.search(query);
    } catch (e) {
      return null; // lunr.QueryParseError: fall back to plain words
    }
  }

  /* Plain query first; when it finds little, each word also as a prefix (word*) and with one
     typo allowed (word~1), for "safegaurding" or "deput". */
  function search(query) {
    var results = run(query);
    var plain = words(query);
    if (results === null) {
      results = run(plain.join(' ')) || [];
    }
    if (results.length < ENOUGH && plain.length > 0) {
      var wider = plain.map(function (w) {
        return w.length > 3 ? w + ' ' + w + '* ' + w + '~1' : w + ' ' + w + '*';
      }).join(' ');
      var seen = {};
      results.forEach(function (r) { seen[r.ref] = true; });
      (run(wider) || []).forEach(function (r) {
        if (!seen[r.ref]) {
          seen[r.ref] = true;
          results.push(r);
        }
      });
    }
    return results;
  }

  function stems(text) {
    return words(text).map(function (w) { return window.lunr.stemmer(new window.lunr.Token(w)).toString(); });
  }

  /* The statement that shares most words with the query, with those words marked. */
  function snippet(doc, queryStems) {
    var best = null;
    var bestHits = 0;
    var bestIndex = -1;
    (doc.statements || []).forEach(function (statement, index) {
      var hits = stems(statement).filter(function (s) { return queryStems.indexOf(s) >= 0; }).length;
      if (hits > bestHits) {
        best = statement;
        bestHits = hits;
        bestIndex = index;
      }
    });
    var text = best || doc.summary || '';
    var fragment = document.createDocumentFragment();
    text.split(/(\s+)/).forEach(function (part) {
      var core = part.toLowerCase().replace(/^\W+/, '').replace(/\W+$/, '');
      var stem = core ? window.lunr.stemmer(new window.lunr.Token(core)).toString() : '';
      if (stem && queryStems.some(function (q) { return q === stem || (q.length > 3 && stem.indexOf(q) === 0); })) {
        var mark = document.createElement('mark');
        mark.textContent = part;
        fragment.appendChild(mark);
      } else {
        fragment.appendChild(document.createTextNode(part));
      }
    });
    if (bestIndex >= 0 && (doc.provisional || []).indexOf(bestIndex) >= 0) {
      /* The source does not settle this statement: say so, as the role page does. */
      var mark = document.createElement('a');
      mark.className = 'provisional';
      mark.href = 'provisional.html';
      mark.textContent = 'Wording to be confirmed';
      fragment.appendChild(document.createTextNode(' '));
      fragment.appendChild(mark);
    }
    return fragment;
  }

  function show(query) {
    list.textContent = '';
    if (!query.trim()) {
      status.textContent = '';
      return;
    }
    var results = search(query);
    var queryStems = stems(query);
    status.textContent = results.length === 0
      ? 'No results for “' + query + '”. Try fewer or different words, or browse the A to Z of roles.'
      : results.length + (results.length === 1 ? ' result' : ' results') + ' for “' + query + '”';
    results.slice(0, 50).forEach(function (result) {
      var doc = docs[result.ref];
      if (!doc) {
        return;
      }
      var item = document.createElement('li');
      item.className = 'search-result';
      var heading = document.createElement('h2');
      heading.className = 'search-result__title';
      var link = document.createElement('a');
      link.href = doc.url;
      link.textContent = doc.title;
      heading.appendChild(link);
      item.appendChild(heading);
      var meta = document.createElement('p');
      meta.className = 'meta';
      meta.textContent = [KINDS[doc.kind] || doc.kind, doc.framework, doc.grade, doc.level ? 'Level ' + doc.level : null]
        .filter(Boolean).join(' · ');
      item.appendChild(meta);
      var text = document.createElement('p');
      text.className = 'search-result__snippet';
      text.appendChild(snippet(doc, queryStems));
      if (text.querySelector('.provisional')) {
        text.setAttribute('data-provisional', '');
      }
      item.appendChild(text);
      list.appendChild(item);
    });
  }

  var query = new URLSearchParams(window.location.search).get('q') || '';
  input.value = query;
  show(query);
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var q = input.value;
    var url = window.location.pathname + (q ? '?q=' + encodeURIComponent(q) : '');
    try {
      window.history.pushState({ q: q }, '', url);
    } catch (e) {
      /* some browsers refuse history on file:// pages; the results still show */
    }
    show(q);
  });
  window.addEventListener('popstate', function () {
    var q = new URLSearchParams(window.location.search).get('q') || '';
    input.value = q;
    show(q);
  });
}());
