/* Each checklist row as a record: a status control (the printed tick box becomes a status mark), an
   "Evidence" button that opens a panel below the row (the status's date, why it does not apply,
   evidence entries: add, change, remove, or link one already recorded for another statement), and a
   short note of it all in the "Evidence and notes" column, which is what prints. */
(function (portal) {
  'use strict';
  var records = portal.record;

  /** A new element: el('p', {class: 'x', hidden: true}, ['text', child]). */
  function el(tag, attributes, children) {
    var element = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      var value = attributes[name];
      if (value === true) {
        element.setAttribute(name, '');
      } else if (value !== false && value !== null && value !== undefined) {
        element.setAttribute(name, value);
      }
    });
    (children || []).forEach(function (child) {
      if (child !== null && child !== undefined) {
        element.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
      }
    });
    return element;
  }

  /** "Observation, 12 January 2026, ref. SUP-12". */
  function evidenceTitle(evidence) {
    return [records.KIND_NAMES[evidence.kind], records.showDate(evidence.date),
      evidence.reference ? 'ref. ' + evidence.reference : ''].filter(Boolean).join(', ');
  }

  /** The status and its date, as a few words: "Met on 3 January 2026". */
  function statusWords(entry) {
    if (!entry || entry.status === 'not-started') {
      return '';
    }
    var words = records.STATUS_NAMES[entry.status];
    if (entry.date && entry.status !== 'na') {
      words += (entry.status === 'working' ? ' since ' : ' on ') + records.showDate(entry.date);
    }
    if (entry.status === 'na') {
      words += entry.reason ? ': ' + entry.reason : ' (no reason given yet)';
    }
    return words;
  }

  function linkedEvidence(record, entry) {
    return (entry ? entry.evidence : []).map(function (id) {
      return { id: id, evidence: record.evidence[id] };
    }).filter(function (linked) {
      return linked.evidence;
    });
  }

  var MARKS = { 'not-started': '', working: '…', met: '✓', na: 'n/a' };

  /** Turns one row into a record: status control, evidence button, panel, note. */
  function enhance(app, shown) {
    var id = shown.id;
    var box = shown.row.querySelector('input[type="checkbox"]');
    var mark = el('span', { class: 'status-mark', 'aria-hidden': 'true' });
    box.parentNode.replaceChild(mark, box);
    var select = el('select', { id: 'status-' + id, class: 'status-select' }, records.STATUSES.map(function (status) {
      return el('option', { value: status }, [records.STATUS_NAMES[status]]);
    }));
    shown.label.htmlFor = select.id;
    shown.label.id = 'text-' + id;
    var count = el('span', { class: 'evidence-toggle__count' });
    var toggle = el('button', {
      type: 'button', class: 'evidence-toggle', 'aria-expanded': 'false', 'aria-controls': 'panel-' + id,
      'aria-describedby': 'text-' + id
    }, ['Evidence', count]);
    shown.label.parentNode.appendChild(el('div', { class: 'row-controls' }, [select, toggle]));
    var note = el('span', { class: 'record-note' });
    var space = shown.row.querySelector('.notes-space');
    space.parentNode.insertBefore(note, space);
    var cell = el('td', { colspan: '4' });
    var panelRow = el('tr', { class: 'record-panel', id: 'panel-' + id, hidden: true }, [cell]);
    shown.row.parentNode.insertBefore(panelRow, shown.row.nextSibling);
    shown.panelRow = panelRow;
    var ui = { shown: shown, mark: mark, select: select, toggle: toggle, count: count, note: note, panelRow: panelRow, cell: cell, panel: null };
    select.addEventListener('change', function () {
      setStatus(app, ui, select.value);
    });
    toggle.addEventListener('click', function () {
      showPanel(app, ui, toggle.getAttribute('aria-expanded') !== 'true');
    });
    return ui;
  }

  function setStatus(app, ui, status) {
    var shown = ui.shown;
    app.change(function (record) {
      var entry = records.statement(record, shown.id, shown);
      entry.status = status;
      entry.date = status === 'not-started' ? '' : records.today();
      entry.updated = records.now();
    });
    var needsReason = status === 'na' && !app.record.statements[shown.id].reason;
    app.announce(records.STATUS_NAMES[status] + ': ' + shorten(shown.text) + (needsReason ? ' Say why under Evidence.' : ''));
    if (needsReason) {
      showPanel(app, ui, true);
    }
  }

  function shorten(text) {
    return text.length > 80 ? text.slice(0, 77).replace(/\s+\S*$/, '') + '…' : text;
  }

  function showPanel(app, ui, open) {
    if (open && !ui.panel) {
      ui.panel = portal.panel.build(app, ui.shown, ui.cell);
    }
    ui.panelRow.hidden = !open;
    ui.shown.row.classList.toggle('has-open-panel', open);
    ui.toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    if (open) {
      ui.panel.render();
    }
  }

  function render(app, ui) {
    var entry = app.record.statements[ui.shown.id];
    var status = entry ? entry.status : 'not-started';
    var evidence = linkedEvidence(app.record, entry);
    ui.shown.row.setAttribute('data-status', status);
    ui.select.value = status;
    ui.mark.className = 'status-mark status-mark--' + status;
    ui.mark.textContent = MARKS[status];
    ui.count.textContent = evidence.length ? ' (' + evidence.length + ')' : '';
    ui.note.textContent = [statusWords(entry)].concat(evidence.map(function (linked) {
      return evidenceTitle(linked.evidence);
    })).filter(Boolean).join('. ');
    if (ui.panel && !ui.panelRow.hidden) {
      ui.panel.render();
    }
  }

  function start(app) {
    var th = document.querySelectorAll('.checklist-table th.col-met');
    Array.prototype.forEach.call(th, function (heading) {
      heading.textContent = 'Status';
    });
    var rows = app.page.statements.map(function (shown) {
      return enhance(app, shown);
    });
    app.listeners.push(function () {
      rows.forEach(function (ui) {
        render(app, ui);
      });
    });
  }

  portal.el = el;
  portal.rows = { start: start, evidenceTitle: evidenceTitle, statusWords: statusWords, linkedEvidence: linkedEvidence };
}(window.FrameworkPortal));
