/* What the record says, for a career conversation: counts per category and level, what is still
   needed for the next level, every status, date, piece of evidence and reflection; statements no
   longer in the framework; and "Show only what I still need", which hides met rows, hides tables
   left empty and says how many it left out (on screen and on paper). */
(function (portal) {
  'use strict';
  var records = portal.record;
  var el = portal.el;
  var DONE = { met: true, na: true };

  function plural(n, one, many) {
    return n + ' ' + (n === 1 ? one : many);
  }

  function statusOf(app, shown) {
    return records.statusOf(app.record, shown.id);
  }

  // ---- counts

  function countsTable(app) {
    var body = el('tbody');
    var total = { met: 0, working: 0, 'not-started': 0, na: 0 };
    app.page.categories.forEach(function (category) {
      app.page.levels.forEach(function (level) {
        var count = { met: 0, working: 0, 'not-started': 0, na: 0 };
        var shownHere = app.page.statements.filter(function (shown) {
          return shown.category === category.id && shown.level === level;
        });
        shownHere.forEach(function (shown) {
          count[statusOf(app, shown)] += 1;
          total[statusOf(app, shown)] += 1;
        });
        if (shownHere.length) {
          body.appendChild(countRow(category.name + ', level ' + level, count));
        }
      });
    });
    body.appendChild(countRow('All, level' + (app.page.levels.length > 1 ? 's ' : ' ') + app.page.levels.join(', '), total, 'summary-table__total'));
    return el('table', { class: 'summary-table' }, [
      el('caption', {}, ['Where you are, by category and level']),
      el('thead', {}, [el('tr', {}, ['Category and level', 'Met', 'Working on it', 'Not yet', 'Does not apply'].map(function (name) {
        return el('th', { scope: 'col' }, [name]);
      }))]),
      body]);
  }

  function countRow(name, count, className) {
    return el('tr', { class: className }, [el('th', { scope: 'row' }, [name]),
      el('td', {}, [String(count.met)]), el('td', {}, [String(count.working)]),
      el('td', {}, [String(count['not-started'])]), el('td', {}, [String(count.na)])]);
  }

  // ---- what is still needed

  /** The first level (in order) with a statement neither met nor not applicable, or null. */
  function nextLevel(app) {
    var open = app.page.levels.filter(function (level) {
      return app.page.statements.some(function (shown) {
        return shown.level === level && !DONE[statusOf(app, shown)];
      });
    });
    return open.length ? open[0] : null;
  }

  function stillNeeded(app) {
    var level = nextLevel(app);
    if (!level) {
      return [el('h3', {}, ['Level ' + app.page.level + ': everything met or not applicable']), nextChecklist(app)];
    }
    var parts = [el('h3', {}, ['Still needed for level ' + level])];
    app.page.categories.forEach(function (category) {
      var needed = app.page.statements.filter(function (shown) {
        return shown.category === category.id && shown.level === level && !DONE[statusOf(app, shown)];
      });
      if (needed.length) {
        parts.push(el('h4', {}, [category.name]));
        parts.push(el('ul', { class: 'needed-list' }, needed.map(function (shown) {
          var status = statusOf(app, shown);
          return el('li', {}, [shown.evidence ? el('strong', {}, ['Evidence required: ']) : null, shown.text,
            status === 'working' ? el('span', { class: 'status-tag' }, ['Working on it']) : null]);
        })));
      }
    });
    app.page.levels.slice(app.page.levels.indexOf(level) + 1).forEach(function (later) {
      var open = app.page.statements.filter(function (shown) {
        return shown.level === later && !DONE[statusOf(app, shown)];
      }).length;
      parts.push(el('p', {}, ['Then level ' + later + ': ' + plural(open, 'statement', 'statements') + ' still to meet (marked ' + later + ' on this checklist).']));
    });
    return parts;
  }

  function nextChecklist(app) {
    if (!app.page.nextLevel) {
      return el('p', {}, ['You have recorded every statement of ' + app.page.roleTitle + ' as met or not applicable, up to its highest level.']);
    }
    return el('p', {}, ['Every statement up to level ' + app.page.level + ' is recorded as met or not applicable. ',
      el('a', { href: app.page.nextChecklist }, ['The level ' + app.page.nextLevel + ' checklist']),
      ' lists what level ' + app.page.nextLevel + ' adds.']);
  }

  // ---- what was recorded

  function recordItem(app, id, entry, where) {
    var linked = portal.rows.linkedEvidence(app.record, entry);
    return el('li', { 'data-record': id }, [
      el('p', { class: 'record-list__statement' }, [entry.text || 'A statement ticked on an earlier checklist (its wording is no longer published).']),
      el('p', { class: 'meta' }, [where + (portal.rows.statusWords(entry) ? ' · ' + portal.rows.statusWords(entry) : '')]),
      linked.length ? el('ul', { class: 'evidence-list' }, linked.map(function (one) {
        return el('li', {}, [el('p', { class: 'evidence-item__title' }, [portal.rows.evidenceTitle(one.evidence)]),
          one.evidence.reflection ? el('p', { class: 'evidence-item__reflection' }, [one.evidence.reflection]) : null]);
      })) : null]);
  }

  function recorded(app) {
    var items = app.page.statements.filter(function (shown) {
      var entry = app.record.statements[shown.id];
      return entry && (entry.status !== 'not-started' || entry.evidence.length);
    }).map(function (shown) {
      return recordItem(app, shown.id, app.record.statements[shown.id],
        shown.categoryName + (shown.evidence ? ' (evidence required)' : '') + ', level ' + shown.level);
    });
    return [el('h3', {}, ['What you have recorded']),
      items.length ? el('ul', { class: 'record-list' }, items) : el('p', {}, ['Nothing recorded yet on this checklist.'])];
  }

  /** Records of statements this role no longer has (and no move took anywhere): kept, shown. */
  function noLongerInFramework(app) {
    return Object.keys(app.record.statements).filter(function (id) {
      return !app.page.inRole[id];
    }).sort().map(function (id) {
      var entry = app.record.statements[id];
      var category = entry.category ? entry.category.charAt(0).toUpperCase() + entry.category.slice(1) : '';
      var where = [category + (id.charAt(0) === 'e' ? ' (evidence required)' : ''), entry.level ? 'level ' + entry.level : ''];
      return recordItem(app, id, entry, where.filter(Boolean).join(', ') || 'No longer in the framework');
    });
  }

  function renderSummary(app, body) {
    body.textContent = '';
    body.appendChild(el('p', { class: 'summary-intro' }, ['What you have recorded in this browser for ' + app.page.roleTitle +
      ', level ' + app.page.level + ', as of ' + records.showDate(records.today()) + '.']));
    [countsTable(app)].concat(stillNeeded(app), recorded(app)).forEach(function (part) {
      body.appendChild(part);
    });
    var gone = noLongerInFramework(app);
    if (gone.length) {
      body.appendChild(el('h3', {}, ['No longer in the framework']));
      body.appendChild(el('ul', { class: 'record-list' }, gone));
    }
  }

  function renderRemoved(app, section) {
    var list = section.querySelector('[data-removed-list]');
    var gone = noLongerInFramework(app);
    list.textContent = '';
    gone.forEach(function (item) {
      list.appendChild(item);
    });
    section.hidden = !gone.length;
  }

  // ---- "Show only what I still need"

  function holdsFocus(shown) {
    var focused = document.activeElement;
    return shown.row.contains(focused) || (shown.panelRow && shown.panelRow.contains(focused));
  }

  /**
   * Leaves out met and not applicable rows, and tables left with none. A row the person is working
   * in stays until they move on, so that marking it met does not take the focus away with it;
   * {@code strict} (printing) leaves out every one.
   */
  function renderFilter(app, note, on, strict) {
    var left = { met: 0, na: 0 };
    app.page.categories.forEach(function (category) {
      var open = 0;
      app.page.statements.forEach(function (shown) {
        if (shown.category !== category.id) {
          return;
        }
        var status = statusOf(app, shown);
        var leftOut = on && DONE[status] === true && (strict || !holdsFocus(shown));
        shown.row.classList.toggle('is-left-out', leftOut);
        if (shown.panelRow) {
          shown.panelRow.classList.toggle('is-left-out', leftOut);
        }
        if (leftOut) {
          left[status] += 1;
        } else {
          open += 1;
        }
      });
      category.section.classList.toggle('is-all-done', on && open === 0);
    });
    note.hidden = !on;
    var leftOut = plural(left.met, 'met statement', 'met statements') + (left.na ? ' and ' + plural(left.na, 'not applicable', 'not applicable') : '');
    note.textContent = left.met + left.na === app.page.statements.length
      ? 'Showing only what you still need: nothing. All ' + app.page.statements.length + ' statements are met or not applicable, so none are shown.'
      : 'Showing only what you still need: ' + leftOut + ' left out.';
  }

  function start(app) {
    var summary = document.querySelector('[data-summary]');
    var body = summary.querySelector('[data-summary-body]');
    var removed = document.querySelector('[data-removed]');
    var note = document.querySelector('[data-filter-note]');
    var toggle = document.querySelector('[data-checklist-only-unmet]');
    var filtering = false;
    toggle.addEventListener('click', function () {
      filtering = !filtering;
      toggle.setAttribute('aria-pressed', filtering ? 'true' : 'false');
      document.body.classList.toggle('show-unmet-only', filtering);
      renderFilter(app, note, filtering);
      app.announce(filtering ? note.textContent : 'Showing every statement.');
    });
    app.listeners.push(function () {
      renderSummary(app, body);
      renderRemoved(app, removed);
      renderFilter(app, note, filtering);
    });
    window.addEventListener('beforeprint', function () {
      renderFilter(app, note, filtering, true);
    });
    summary.hidden = false;
  }

  portal.summary = { start: start };
}(window.FrameworkPortal));
