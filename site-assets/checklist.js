/* The checklist page as a private progression record: one record per person per role, shared by
   the checklists of every level, kept in this browser's localStorage only (see checklist-record.js
   for its format). Rows (checklist-rows.js) and the summary (checklist-summary.js) draw it; this
   file reads the page, loads and saves the record, and runs the tools: export, import, clear, undo,
   print. Without JavaScript the page still prints as a paper form. */
(function (portal) {
  'use strict';
  var checklist = document.querySelector('[data-checklist-key]');
  var tools = document.querySelector('[data-checklist-tools]');
  if (!checklist || !tools) {
    return;
  }
  var records = portal.record;
  var LARGEST_FILE = 5 * 1024 * 1024;

  /** What the page shows: the role, its levels and every statement with its row. */
  function readPage() {
    var page = {
      key: checklist.getAttribute('data-checklist-key'),
      legacyPrefix: checklist.getAttribute('data-legacy-keys'),
      moves: parseMoves(checklist.getAttribute('data-moves')),
      role: checklist.getAttribute('data-role'),
      roleTitle: checklist.getAttribute('data-role-title'),
      level: checklist.getAttribute('data-level'),
      levels: words(checklist.getAttribute('data-levels')),
      nextLevel: checklist.getAttribute('data-next-level'),
      nextChecklist: checklist.getAttribute('data-next-checklist'),
      inRole: {},
      categories: [],
      statements: [],
      byId: {}
    };
    words(checklist.getAttribute('data-role-statements')).forEach(function (id) {
      page.inRole[id] = true;
    });
    Array.prototype.forEach.call(checklist.querySelectorAll('section[data-section]'), function (section) {
      var category = { id: section.getAttribute('data-section'), name: section.querySelector('h2').textContent, section: section };
      page.categories.push(category);
      Array.prototype.forEach.call(section.querySelectorAll('tr[data-statement]'), function (row) {
        var shown = statementOf(row, category);
        page.statements.push(shown);
        page.byId[shown.id] = shown;
      });
    });
    return page;
  }

  function statementOf(row, category) {
    var label = row.querySelector('label');
    var words = label.cloneNode(true);
    Array.prototype.forEach.call(words.querySelectorAll('.evidence-label'), function (marker) {
      marker.remove();
    });
    return {
      id: row.getAttribute('data-statement'), evidence: row.classList.contains('is-evidence'), level: row.getAttribute('data-level'), category: category.id,
      categoryName: category.name, text: words.textContent.replace(/\s+/g, ' ').trim(), row: row, label: label
    };
  }

  function words(value) {
    return (value || '').split(/\s+/).filter(Boolean);
  }

  function parseMoves(json) {
    try {
      var moves = JSON.parse(json || '{}');
      return moves && typeof moves === 'object' ? moves : {};
    } catch (e) {
      return {};
    }
  }

  /** localStorage, or null where the browser refuses it (some private modes, some policies). */
  function openStorage(key) {
    try {
      var storage = window.localStorage;
      storage.setItem(key + ':probe', '1');
      storage.removeItem(key + ':probe');
      return storage;
    } catch (e) {
      return null;
    }
  }

  /** The first release's ticks of this role: {key: {id: true}}, one key per level and date. */
  function firstReleaseTicks(storage, prefix) {
    var ticks = {};
    for (var i = 0; i < storage.length; i += 1) {
      var key = storage.key(i);
      if (key && key.indexOf(prefix) === 0) {
        try {
          ticks[key] = JSON.parse(storage.getItem(key));
        } catch (e) {
          ticks[key] = null;
        }
      }
    }
    return ticks;
  }

  var page = readPage();
  var storage = openStorage(page.key);
  var app = {
    page: page,
    record: records.empty(page.role, page.roleTitle),
    listeners: [],
    change: change,
    changed: changed,
    announce: announce,
    message: message
  };

  /**
   * Reads the stored record; one that cannot be read is kept aside under another key, never lost.
   * {@code saved} by another tab: not saved back, so that two tabs showing different publishes of
   * the framework cannot answer each other's saves for ever.
   */
  function load(saved) {
    var json = storage ? storage.getItem(page.key) : null;
    var record = records.empty(page.role, page.roleTitle);
    var setAside = false;
    if (json) {
      try {
        record = records.parse(json, page.role);
      } catch (e) {
        if (!(e instanceof records.Unusable)) {
          throw e;
        }
        if (e.reason === 'newer') {
          // Saving over it would lose it for the newer portal that wrote it: leave it be.
          readOnly = true;
          message('Your record was saved by a newer version of the portal than this page, so this page will not change it. ' +
            'Open the portal at its usual address to see and change your record.', 'problem');
        } else {
          keepAside(json);
          setAside = true;
        }
      }
    }
    var keysTaken = record.takenOver.length;
    var moved = records.followMoves(record, page.moves);
    if (storage) {
      records.takeOverTicks(record, firstReleaseTicks(storage, page.legacyPrefix), page.moves);
    }
    var refreshed = records.refresh(record, page.byId);
    app.record = record;
    if (!saved && (setAside || moved || refreshed || record.takenOver.length !== keysTaken)) {
      save();
    }
  }

  /** A stored record this page cannot read is copied aside before anything is saved over it. */
  function keepAside(json) {
    unreadable = json;
    try {
      storage.setItem(page.key + ':unreadable:' + records.now(), json);
      message('Your saved record could not be read, so this page starts a new one. The old one is kept aside in this browser: ' +
        'download it to keep a copy, or to send to whoever looks after the portal.', 'aside');
    } catch (e) {
      readOnly = true;
      message('Your saved record could not be read, and this browser has no room to keep a copy of it, so this page will not save anything over it. ' +
        'Download it to keep a copy, or to send to whoever looks after the portal.', 'aside');
    }
  }

  var readOnly = false;
  var unreadable = null; // the stored record this page could not read, to download

  /** Saves the record; false when the browser refused it (without storage, the page keeps it). */
  function save() {
    if (!storage || readOnly) {
      return true;
    }
    try {
      storage.setItem(page.key, JSON.stringify(app.record));
      return true;
    } catch (e) {
      message('This browser would not save your last change (its storage may be full). Export your record to keep a copy.', 'problem');
      return false;
    }
  }

  /** Changes the record with {@code edit}, saves it, redraws and says {@code said}; false if not saved. */
  function change(edit, said) {
    edit(app.record);
    var saved = save();
    changed();
    if (said) {
      announce(said);
    }
    return saved;
  }

  function changed() {
    app.listeners.forEach(function (listener) {
      listener();
    });
    progress.textContent = progressLine();
  }

  function counts() {
    var count = { met: 0, working: 0, na: 0, 'not-started': 0 };
    page.statements.forEach(function (shown) {
      count[records.statusOf(app.record, shown.id)] += 1;
    });
    return count;
  }

  function progressLine() {
    var count = counts();
    return 'Level ' + page.level + ': ' + count.met + ' of ' + page.statements.length + ' met, ' + count.working +
      ' working on it, ' + count.na + ' not applicable, ' + count['not-started'] + ' not started.';
  }

  var announcer = tools.querySelector('[data-announce]');
  var progress = tools.querySelector('[data-checklist-progress]');

  /** Says {@code text} to screen readers (a polite live region), with the progress after it. */
  function announce(text) {
    announcer.textContent = text + ' ' + progressLine();
  }

  var messageBox = tools.querySelector('[data-record-message-box]');
  var messageText = tools.querySelector('[data-record-message]');
  var messageList = tools.querySelector('[data-record-changes]');
  var undoButton = tools.querySelector('[data-record-undo]');
  var asideButton = tools.querySelector('[data-record-download-aside]');

  /**
   * Shows {@code text} in the tools; {@code how}: 'undo' offers Undo, 'problem' marks a refusal,
   * 'aside' a problem that offers the stored record it could not read as a download;
   * {@code details}, a list under it (what an import changed).
   */
  function message(text, how, details) {
    messageText.textContent = text;
    messageList.textContent = '';
    (details || []).forEach(function (line) {
      messageList.appendChild(portal.el('li', {}, [line]));
    });
    messageList.hidden = !messageList.children.length;
    messageBox.hidden = false;
    messageBox.classList.toggle('record-message--problem', how === 'problem' || how === 'aside');
    undoButton.hidden = how !== 'undo';
    asideButton.hidden = how !== 'aside';
  }

  // ---- export and import

  function fileName() {
    return page.role.split('/').pop() + '-record-' + records.today() + '.json';
  }

  function exportRecord() {
    var name = download(records.exported(app.record), fileName());
    message('Your record is saved as ' + name + ' in your downloads. Keep it safe: it holds what you wrote.');
  }

  /** Downloads {@code text} as the file {@code name}; returns the name. */
  function download(text, name) {
    var blob = new Blob([text], { type: 'application/json' });
    var link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = name;
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () {
      URL.revokeObjectURL(link.href);
    }, 60000);
    return name;
  }

  var REFUSALS = {
    unreadable: 'could not be read: it is not a record saved from this portal, or only part of one',
    'not-a-record': 'is not a progression record saved from this portal',
    newer: 'was saved by a newer version of the portal than this one',
    damaged: 'is damaged: part of it is not as this portal writes it'
  };

  function refusal(name, problem) {
    if (problem.reason === 'other-role') {
      return 'The file ' + name + ' is the record for ' + problem.detail + ', not ' + page.roleTitle +
        '. Nothing has changed. To import it, open a checklist of ' + problem.detail + '.';
    }
    return 'The file ' + name + ' ' + REFUSALS[problem.reason] + '. Nothing has changed.';
  }

  function importText(name, text) {
    if (readOnly) {
      message('The file ' + name + ' was not imported: this page does not change the record stored in this browser ' +
        '(it was saved by a newer version of the portal, or could not be read). Nothing has changed.', 'problem');
      return;
    }
    var imported;
    try {
      imported = records.parse(text, page.role);
    } catch (e) {
      if (!(e instanceof records.Unusable)) {
        throw e;
      }
      message(refusal(name, e), 'problem');
      return;
    }
    records.followMoves(imported, page.moves);
    var before = records.copy(app.record);
    var result;
    var saved = change(function (record) {
      result = records.merge(record, imported);
      records.refresh(record, page.byId);
    });
    if (!saved) {
      app.record = before; // what is not kept must not look imported
      changed();
      message('The file ' + name + ' could not be imported: this browser has no room left to keep it (its storage is full). ' +
        'Nothing has changed.', 'problem');
      return;
    }
    message(importResult(name, result), null, changedStatements(result.changed));
  }

  function importResult(name, result) {
    if (!result.statements && !result.evidenceAdded && !result.evidenceChanged) {
      return 'Imported ' + name + ': your record already had everything in it, so nothing has changed.';
    }
    return 'Imported ' + name + ': ' + plural(result.statements, 'statement') + ' updated, ' +
      plural(result.evidenceAdded, 'evidence entry', 'evidence entries') + ' added' +
      (result.evidenceChanged ? ', ' + plural(result.evidenceChanged, 'evidence entry', 'evidence entries') + ' changed' : '') +
      (result.statements ? ':' : '.');
  }

  /** Each statement an import changed, as it reads now: "Met: A minimum of 5 GCSEs…". */
  function changedStatements(ids) {
    var SHOWN = 12;
    var more = ids.length > SHOWN + 1 ? ['and ' + (ids.length - SHOWN) + ' more statements (see the checklist and the summary).'] : [];
    var order = function (id) {
      return page.byId[id] ? page.statements.indexOf(page.byId[id]) : page.statements.length;
    };
    var inPageOrder = ids.slice().sort(function (a, b) {
      return order(a) - order(b) || (a < b ? -1 : 1);
    });
    return inPageOrder.slice(0, more.length ? SHOWN : ids.length).map(function (id) {
      var entry = app.record.statements[id];
      var text = page.byId[id] ? page.byId[id].text : entry.text || 'A statement no longer in the framework';
      return records.STATUS_NAMES[entry.status] + ': ' + (text.length > 100 ? text.slice(0, 97).replace(/\s+\S*$/, '') + '…' : text) +
        (page.byId[id] ? '' : page.inRole[id] ? ' (on the checklist of a later level)' : ' (no longer in the framework)');
    }).concat(more);
  }

  function plural(n, one, many) {
    return n + ' ' + (n === 1 ? one : many || one + 's');
  }

  function importFile(input) {
    var file = input.files && input.files[0];
    if (!file) {
      return;
    }
    var name = file.name;
    input.value = '';
    if (file.size > LARGEST_FILE) {
      message('The file ' + name + ' is too large to be a record saved from this portal. Nothing has changed.', 'problem');
      return;
    }
    file.text().then(function (text) {
      importText(name, text);
    }, function () {
      message('The file ' + name + ' could not be opened. Nothing has changed.', 'problem');
    });
  }

  // ---- clear and undo

  var confirmBox = tools.querySelector('[data-clear-confirm]');
  var clearButton = tools.querySelector('[data-record-clear]');
  var cleared = null;

  function askToClear() {
    var statements = Object.keys(app.record.statements).length;
    var evidence = Object.keys(app.record.evidence).length;
    tools.querySelector('[data-clear-question]').textContent = 'Clear everything you have recorded for ' + page.roleTitle +
      ' on the checklists of every level (' + plural(statements, 'statement') + ', ' +
      plural(evidence, 'evidence entry', 'evidence entries') + ')? You can undo it until you close this page.';
    confirmBox.hidden = false;
    tools.querySelector('[data-clear-question]').focus();
  }

  function clearRecord() {
    var snapshot = records.copy(app.record);
    if (cleared) {
      records.merge(snapshot, cleared); // cleared twice: undo gives back both
    }
    cleared = snapshot;
    change(function (record) {
      record.statements = {};
      record.evidence = {};
    });
    confirmBox.hidden = true;
    message('Your record of ' + page.roleTitle + ' is cleared.', 'undo');
    undoButton.focus();
  }

  function undoClear() {
    change(function (record) {
      records.merge(record, cleared);
    });
    cleared = null;
    message('Your record is back as it was before you cleared it.');
    messageText.focus();
  }

  // ---- printing

  function printSummary() {
    document.body.classList.add('print-summary');
    window.print();
  }

  function printChecklist() {
    document.body.classList.remove('print-summary');
    window.print();
  }

  function startTools() {
    tools.querySelector('[data-checklist-print]').addEventListener('click', printChecklist);
    document.querySelector('[data-summary-print]').addEventListener('click', printSummary);
    window.addEventListener('afterprint', function () {
      document.body.classList.remove('print-summary');
    });
    tools.querySelector('[data-record-export]').addEventListener('click', exportRecord);
    tools.querySelector('[data-record-import]').addEventListener('change', function (event) {
      importFile(event.target);
    });
    clearButton.addEventListener('click', askToClear);
    tools.querySelector('[data-clear-yes]').addEventListener('click', clearRecord);
    tools.querySelector('[data-clear-no]').addEventListener('click', function () {
      confirmBox.hidden = true;
      clearButton.focus();
    });
    undoButton.addEventListener('click', undoClear);
    asideButton.addEventListener('click', function () {
      download(unreadable, page.role.split('/').pop() + '-unreadable-record-' + records.today() + '.json');
    });
    window.addEventListener('storage', function (event) {
      if (event.key === page.key) {
        load(true);
        changed();
      }
    });
    if (!storage) {
      tools.querySelector('[data-privacy-note]').textContent = 'This browser does not let the page keep anything, so ' +
        'what you record here is lost when you close the page (export your record to keep it). Nothing is sent anywhere.';
    }
  }

  load();
  portal.rows.start(app);
  portal.summary.start(app);
  startTools();
  tools.hidden = false;
  changed();
}(window.FrameworkPortal));
