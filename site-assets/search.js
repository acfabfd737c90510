/* Search page. The index comes in parts, as scripts (pages opened from a shared drive may not
   fetch files): search/index.js first (a table of contents, small at any size), then only the
   term parts holding the query's words (search/t<n>.js) and the unit parts of the best results
   (search/d<n>.js). Each part calls PortalSearch.add(name, data). See docs/search.md. */
(function () {
  'use strict';
  var T = window.PortalSearchText;
  var form = document.querySelector('.search-form');
  var input = document.getElementById('search-q');
  var status = document.querySelector('[data-search-status]');
  var list = document.querySelector('[data-search-results]');
  var script = document.currentScript;
  if (!form || !input || !status || !list || !T || !window.lunr || !script || !window.Promise) {
    return;
  }
  var base = script.src.replace(/assets\/search\.js([?#].*)?$/, '');
  var KINDS = {
    role: 'Role', framework: 'Framework', guidance: 'How the framework works', skill: 'Transferable skill',
    profile: 'Role profile, another council', glossary: 'Glossary'
  };
  var SHOWN = 10; /* results shown at a time: only their text is loaded */
  var ENOUGH = 5; /* fewer full matches than this: widen to part words and one typo */
  /* A question ("how do I get to level C", "what evidence do I need") is about the process: the
     framework pages' guidance answers it even when it lacks a word of the question. */
  var QUESTION = /^(how|what|when|where|which|who|why|can|do|does|should|is|are)$/;

  /* ---- Parts, loaded once each as scripts ---- */
  var parts = {};
  var waiting = {};
  window.PortalSearch = {
    add: function (name, data) {
      parts[name] = data;
      var callbacks = waiting[name] || [];
      delete waiting[name];
      callbacks.forEach(function (callback) { callback(data); });
    },
    parts: parts
  };
  function load(name) {
    return new Promise(function (resolve) {
      if (parts[name]) {
        resolve(parts[name]);
        return;
      }
      if (!waiting[name]) {
        waiting[name] = [];
        var tag = document.createElement('script');
        tag.src = base + 'search/' + name + '.js';
        tag.onerror = function () {
          var callbacks = waiting[name] || [];
          delete waiting[name];
          callbacks.forEach(function (callback) { callback(null); });
        };
        document.head.appendChild(tag);
      }
      waiting[name].push(resolve);
    });
  }
  function loadAll(names) {
    var unique = names.filter(function (name, i) { return names.indexOf(name) === i; });
    return Promise.all(unique.map(load));
  }

  /* The last i with sorted[i] <= value (0 when none). */
  function floor(sorted, value) {
    var lo = 0;
    var hi = sorted.length - 1;
    var found = 0;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (sorted[mid] <= value) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }
  function termPart(contents, term) {
    return 't' + floor(contents.terms, term);
  }
  /* The term parts that can hold words starting with prefix (at most four). */
  function prefixParts(contents, prefix) {
    var first = floor(contents.terms, prefix);
    var last = Math.min(floor(contents.terms, prefix + '\uffff'), first + 3);
    var names = [];
    for (var i = first; i <= last; i++) {
      names.push('t' + i);
    }
    return names;
  }
  function unitOf(contents, u) {
    var i = floor(contents.docs, u);
    var part = parts['d' + i];
    return part ? part.units[u - part.first] : null;
  }

  /* ---- The query ---- */
  function analyse(query, contents) {
    var words = [];
    query.split(T.separator).forEach(function (piece) {
      var typed = piece.replace(/^\W+/, '').replace(/\W+$/, '');
      var text = typed.toLowerCase();
      if (text) {
        words.push({ typed: typed, text: text, stop: !!T.stopWords[text], stem: T.stem(text) });
      }
    });
    var content = words.filter(function (w) { return !w.stop; });
    if (content.length === 0) {
      content = words;
    }
    var synonyms = contents.synonyms || {};
    var concepts = [];
    for (var i = 0; i < content.length;) {
      var taken = 0;
      for (var n = Math.min(4, content.length - i); n >= 1 && !taken; n--) {
        var key = content.slice(i, i + n).map(function (w) { return w.stem; }).join(' ');
        if (Object.prototype.hasOwnProperty.call(synonyms, key)) {
          concepts.push({
            words: content.slice(i, i + n),
            alts: [{ terms: key.split(' '), factor: 1 }].concat(synonyms[key].map(function (terms) {
              return { terms: terms, factor: 0.8 };
            }))
          });
          taken = n;
        }
      }
      if (!taken) {
        concepts.push({ words: [content[i]], alts: [{ terms: [content[i].stem], factor: 1 }] });
        taken = 1;
      }
      i += taken;
    }
    var question = words.length > 1 && QUESTION.test(words[0].text);
    /* Adjacent words as the index pairs them (stop words left out): the phrase, if it is one. */
    var pairs = [];
    for (var p = 1; p < content.length; p++) {
      pairs.push(content[p - 1].stem + ' ' + content[p].stem);
    }
    return {
      words: words, concepts: concepts, question: question, pairs: pairs,
      stems: content.map(function (w) { return w.stem; })
    };
  }

  /* Grades, codes (MPR4, SW3, KR14), acronyms typed in capitals and short words: exact only. */
  function exactOnly(word) {
    return word.text.length <= 4 || /\d/.test(word.text) ||
      (word.typed.length > 1 && word.typed === word.typed.toUpperCase());
  }

  var decoded = {};
  function postings(contents, term) {
    if (Object.prototype.hasOwnProperty.call(decoded, term)) {
      return decoded[term];
    }
    var part = parts[termPart(contents, term)];
    var flat = part && Object.prototype.hasOwnProperty.call(part, term) ? part[term] : null;
    var map = null;
    if (flat) {
      map = {};
      for (var i = 0, u = 0; i < flat.length; i += 3) {
        u += flat[i];
        map[u] = [flat[i + 1], flat[i + 2]];
      }
    }
    decoded[term] = map;
    return map;
  }

  /* Every unit with a score per concept: the best of the concept's alternatives, where an
     alternative counts only when the unit has all its terms. */
  function gather(contents, analysed) {
    var concepts = analysed.concepts;
    var question = analysed.question;
    var pairMaps = analysed.pairs.map(function (pair) { return postings(contents, pair); });
    var units = {};
    var guidance = contents.guidance || [];
    concepts.forEach(function (concept, c) {
      concept.alts.forEach(function (alt) {
        var maps = alt.terms.map(function (term) { return postings(contents, term); });
        if (maps.some(function (m) { return !m; })) {
          return;
        }
        Object.keys(maps[0]).forEach(function (u) {
          var score = 0;
          var head = true;
          var levels = 0;
          for (var t = 0; t < maps.length; t++) {
            var posting = maps[t][u];
            if (!posting) {
              return;
            }
            score += posting[0];
            head = head && (posting[1] & 3) !== 0;
            levels |= posting[1] >> 2;
          }
          score *= alt.factor;
          var unit = units[u] || (units[u] = {
            id: Number(u), scores: concepts.map(function () { return 0; }),
            heads: concepts.map(function () { return false; }), levels: 0, terms: {}
          });
          unit.scores[c] = Math.max(unit.scores[c], score);
          unit.heads[c] = unit.heads[c] || head;
          unit.levels |= levels;
          alt.terms.forEach(function (term) { unit.terms[term] = true; });
        });
      });
    });
    return Object.keys(units).map(function (u) {
      var unit = units[u];
      unit.covered = unit.scores.filter(function (s) { return s > 0; }).length;
      if (question && guidance.indexOf(unit.id) >= 0 && unit.covered > 0) {
        unit.covered = Math.min(concepts.length, unit.covered + 1);
      }
      unit.headCount = unit.heads.filter(Boolean).length;
      unit.score = unit.scores.reduce(function (a, b) { return a + b; }, 0);
      unit.phraseTitle = pairMaps.length > 0;
      unit.phraseText = pairMaps.length > 0;
      pairMaps.forEach(function (map) {
        var flags = map ? map[u] : null;
        unit.phraseTitle = unit.phraseTitle && !!flags && (flags[1] & 1) !== 0;
        unit.phraseText = unit.phraseText && !!flags;
      });
      return unit;
    });
  }

  /* One edit apart: a letter added, dropped, changed, or two letters swapped. */
  function oneEdit(a, b) {
    if (Math.abs(a.length - b.length) > 1 || a === b) {
      return false;
    }
    var i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) {
      i++;
    }
    if (a.length === b.length) {
      return a.slice(i + 1) === b.slice(i + 1) ||
        (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
    }
    return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  /* Part words and typos, only for long words typed in lower case: "deput", "safegaurding". */
  function widen(contents, concepts) {
    var names = [];
    concepts.forEach(function (concept) {
      if (concept.words.length === 1 && !exactOnly(concept.words[0])) {
        names = names.concat(prefixParts(contents, concept.words[0].stem.slice(0, 2)));
      }
    });
    return loadAll(names).then(function () {
      var wider = false;
      concepts.forEach(function (concept) {
        var word = concept.words[0];
        if (concept.words.length !== 1 || exactOnly(word)) {
          return;
        }
        prefixParts(contents, word.stem.slice(0, 2)).forEach(function (name) {
          Object.keys(parts[name] || {}).forEach(function (term) {
            if (term === word.stem || term.indexOf(' ') >= 0) {
              return;
            }
            var factor = 0;
            if (term.indexOf(word.text) === 0 || term.indexOf(word.stem) === 0) {
              factor = 0.5;
            } else if (word.stem.length >= 5 && oneEdit(term, word.stem)) {
              factor = 0.4;
            }
            if (factor) {
              concept.alts.push({ terms: [term], factor: factor });
              wider = true;
            }
          });
        });
      });
      return wider;
    });
  }

  /* ---- Phrases and the line to show ---- */
  function containsRun(haystack, needle) {
    outer:
    for (var i = 0; i + needle.length <= haystack.length; i++) {
      for (var j = 0; j < needle.length; j++) {
        if (haystack[i + j] !== needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
  function lineText(line) {
    return typeof line === 'string' ? line : line[0];
  }

  /* Looks at a unit's own words: the phrase in its title or its text, and its best line. */
  function inspect(result, doc, analysed) {
    var phrase = analysed.stems.length > 1 ? analysed.stems : null;
    result.doc = doc;
    var best = null;
    var bestScore = 0;
    function consider(line, level) {
      var lineTerms = T.terms(lineText(line));
      var score = 0;
      analysed.concepts.forEach(function (concept) {
        if (concept.alts.some(function (alt) {
          return alt.terms.every(function (term) { return lineTerms.indexOf(term) >= 0; });
        })) {
          score += 1;
        }
      });
      if (phrase && containsRun(lineTerms, phrase)) {
        score += 10;
      }
      if (score > bestScore) {
        best = { line: line, level: level };
        bestScore = score;
      }
    }
    (doc.x || []).forEach(function (line) { consider(line, null); });
    (doc.l || []).forEach(function (level) {
      level.x.forEach(function (line) { consider(line, level); });
    });
    result.best = best;
  }

  function compare(a, b) {
    return b.covered - a.covered ||
      (b.phraseTitle ? 1 : 0) - (a.phraseTitle ? 1 : 0) ||
      (b.headCount === b.scores.length ? 1 : 0) - (a.headCount === a.scores.length ? 1 : 0) ||
      (b.phraseText ? 1 : 0) - (a.phraseText ? 1 : 0) ||
      b.headCount - a.headCount ||
      b.score - a.score ||
      a.id - b.id;
  }

  /* The whole search: resolves to {results, total, terms}. */
  function search(query) {
    return load('index').then(function (contents) {
      if (!contents) {
        return null;
      }
      var analysed = analyse(query, contents);
      var names = analysed.pairs.map(function (pair) { return termPart(contents, pair); });
      analysed.concepts.forEach(function (concept) {
        concept.alts.forEach(function (alt) {
          alt.terms.forEach(function (term) { names.push(termPart(contents, term)); });
        });
      });
      return loadAll(names).then(function () {
        var found = gather(contents, analysed);
        var total = analysed.concepts.length;
        var full = found.filter(function (r) { return r.covered === total; }).length;
        if (full >= ENOUGH) {
          return found;
        }
        return widen(contents, analysed.concepts).then(function (wider) {
          return wider ? gather(contents, analysed) : found;
        });
      }).then(function (found) {
        var total = analysed.concepts.length;
        var most = found.reduce(function (m, r) { return Math.max(m, r.covered); }, 0);
        /* Units that miss most of the query are noise. */
        var least = Math.max(1, Math.ceil(total / 2), most === total ? total - 1 : 0);
        found = found.filter(function (r) { return r.covered >= least; });
        found.sort(compare);
        var terms = {};
        found.forEach(function (r) { Object.keys(r.terms).forEach(function (t) { terms[t] = true; }); });
        var search = { results: found, shown: 0, terms: terms, contents: contents, analysed: analysed };
        return more(search);
      });
    });
  }

  /* The next results' text (the parts holding them), with the line each shows. */
  function more(search) {
    var next = search.results.slice(search.shown, search.shown + SHOWN);
    var names = next.map(function (r) { return 'd' + floor(search.contents.docs, r.id); });
    return loadAll(names).then(function () {
      next.forEach(function (r) {
        var doc = unitOf(search.contents, r.id);
        if (doc) {
          inspect(r, doc, search.analysed);
        }
      });
      search.from = search.shown;
      search.shown += next.length;
      return search;
    });
  }

  /* ---- Showing results ---- */
  var JOINERS = new RegExp('(' + T.separator.source.replace(/\+$/, '') + '+)');
  function marked(text, terms) {
    var fragment = document.createDocumentFragment();
    text.split(JOINERS).forEach(function (part) {
      var core = part.replace(/^\W+/, '').replace(/\W+$/, '');
      var lower = core.toLowerCase();
      if (lower && !T.stopWords[lower] && terms[T.stem(lower)]) {
        var at = part.indexOf(core);
        var mark = document.createElement('mark');
        mark.textContent = core;
        fragment.appendChild(document.createTextNode(part.slice(0, at)));
        fragment.appendChild(mark);
        fragment.appendChild(document.createTextNode(part.slice(at + core.length)));
      } else {
        fragment.appendChild(document.createTextNode(part));
      }
    });
    return fragment;
  }

  function levelsLine(result) {
    var levels = (result.doc.l || []).filter(function (level, i) { return result.levels & (1 << i); });
    if (levels.length === 0) {
      return null;
    }
    var p = document.createElement('p');
    p.className = 'search-result__levels';
    p.appendChild(document.createTextNode(levels.length === 1 ? 'Matches in level ' : 'Matches in levels '));
    levels.forEach(function (level, i) {
      if (i > 0) {
        p.appendChild(document.createTextNode(i === levels.length - 1 ? ' and ' : ', '));
      }
      var a = document.createElement('a');
      a.href = base + level.u;
      a.textContent = level.id + ' (' + level.n + ')';
      p.appendChild(a);
    });
    return p;
  }

  function snippet(result, terms) {
    var p = document.createElement('p');
    p.className = 'search-result__snippet';
    var doc = result.doc;
    var line = result.best ? result.best.line : (doc.s || '');
    if (result.best && result.best.level) {
      var label = document.createElement('a');
      label.className = 'search-result__where';
      var anchor = typeof line === 'string' ? '' : line[1];
      label.href = base + doc.u + (anchor ? '#' + anchor : result.best.level.u.replace(/^[^#]*/, ''));
      label.textContent = 'Level ' + result.best.level.id;
      p.appendChild(label);
      p.appendChild(document.createTextNode(': '));
    }
    p.appendChild(marked(lineText(line), terms));
    if (typeof line !== 'string' && line[2]) {
      /* The source does not settle this statement: say so, as the role page does. */
      var provisional = document.createElement('a');
      provisional.className = 'provisional';
      provisional.href = base + 'provisional.html';
      provisional.textContent = 'Wording to be confirmed';
      p.appendChild(document.createTextNode(' '));
      p.appendChild(provisional);
      p.setAttribute('data-provisional', '');
    }
    return p;
  }

  function item(result, terms) {
    var doc = result.doc;
    var li = document.createElement('li');
    li.className = 'search-result';
    li.setAttribute('data-kind', doc.k);
    var heading = document.createElement('h2');
    heading.className = 'search-result__title';
    var link = document.createElement('a');
    link.href = base + doc.u;
    link.textContent = doc.t;
    heading.appendChild(link);
    li.appendChild(heading);
    var meta = document.createElement('p');
    meta.className = 'meta';
    meta.textContent = [KINDS[doc.k] || doc.k, doc.f, doc.g].filter(Boolean).join(' · ');
    li.appendChild(meta);
    var levels = levelsLine(result);
    if (levels) {
      li.appendChild(levels);
    }
    li.appendChild(snippet(result, terms));
    return li;
  }

  var moreButton = document.createElement('button');
  moreButton.type = 'button';
  moreButton.className = 'button search-more';
  moreButton.hidden = true;
  list.parentNode.insertBefore(moreButton, list.nextSibling);
  var current = null;

  /* Adds the results search has just loaded; the button offers the next ones. */
  function append(search) {
    var first = null;
    search.results.slice(search.from, search.shown).forEach(function (result) {
      if (result.doc) {
        var li = item(result, search.terms);
        first = first || li;
        list.appendChild(li);
      }
    });
    var left = search.results.length - search.shown;
    moreButton.hidden = left <= 0;
    moreButton.textContent = 'Show ' + Math.min(SHOWN, left) + ' more ' + (Math.min(SHOWN, left) === 1 ? 'result' : 'results');
    return first;
  }

  moreButton.addEventListener('click', function () {
    var search = current;
    if (!search) {
      return;
    }
    more(search).then(function () {
      if (search !== current) {
        return;
      }
      var first = append(search);
      var link = first && first.querySelector('a');
      if (link) {
        link.focus(); /* keyboard users carry on from the first new result */
      }
    });
  });

  function render(query, found) {
    list.textContent = '';
    moreButton.hidden = true;
    current = found;
    if (!found) {
      status.textContent = 'Search could not load its index. Browse the A to Z of roles instead.';
      return;
    }
    var total = found.results.length;
    status.textContent = total === 0
      ? 'No results for “' + query + '”. Try fewer or different words, or browse the A to Z of roles.'
      : total + (total === 1 ? ' result' : ' results') + ' for “' + query + '”';
    append(found);
  }

  var latest = 0;
  function show(query) {
    var ticket = ++latest;
    var started = window.performance ? window.performance.now() : 0;
    list.removeAttribute('data-search-done');
    if (!query.trim()) {
      list.textContent = '';
      status.textContent = '';
      moreButton.hidden = true;
      current = null;
      list.setAttribute('data-search-done', '');
      return;
    }
    search(query).then(function (found) {
      if (ticket !== latest) {
        return;
      }
      render(query, found);
      window.PortalSearch.millis = (window.performance ? window.performance.now() : 0) - started;
      list.setAttribute('data-search-done', query);
    });
  }

  load('index'); /* the table of contents, while the person types */
  /* The parts of the words typed so far, while the person types, so Enter finds them loaded. */
  var typing = null;
  input.addEventListener('input', function () {
    window.clearTimeout(typing);
    typing = window.setTimeout(function () {
      var contents = parts.index;
      if (contents) {
        loadAll(analyse(input.value, contents).stems.map(function (stem) { return termPart(contents, stem); }));
      }
    }, 150);
  });
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
