/* A person's progression record of one role: what they recorded against each statement, and their
   evidence. Plain objects and functions, no page: checklist.js keeps the record in localStorage.

   The record, as stored (JSON) and exported:
   { "format": "framework-portal/progress-record", "version": 2,
     "role": "<framework>/<role>", "roleTitle": "...",
     "statements": { "<statement id>": { "text", "level", "category", "status": "not-started" |
         "working" | "met" | "na", "date": "YYYY-MM-DD", "reason" (why not applicable),
         "evidence": ["<evidence id>", ...], "updated": "<ISO time>", "earlierText" (the wording
         it was recorded against, when the statement was reworded since) } },
     "evidence": { "<evidence id>": { "date", "kind", "reference", "reflection", "updated" } },
     "takenOver": ["<first release's localStorage key>", ...] }
   An export adds "exported" (ISO time). */
(function (portal) {
  'use strict';

  var FORMAT = 'framework-portal/progress-record';
  var VERSION = 2;
  var STATUSES = ['not-started', 'working', 'met', 'na'];
  var KINDS = ['observation', 'feedback', 'example', 'certificate', 'supervision', 'other'];
  var STATEMENT_ID = /^[se]-[0-9a-f]{8}(-[0-9]{1,3})?$/;
  var EVIDENCE_ID = /^ev-[0-9a-z]{1,24}$/;
  var LONGEST_TEXT = 20000;
  var STATUS_NAMES = { 'not-started': 'Not started', working: 'Working on it', met: 'Met', na: 'Not applicable' };
  var KIND_NAMES = {
    observation: 'Observation', feedback: 'Feedback', example: 'Example of work', certificate: 'Certificate',
    supervision: 'Supervision record', other: 'Other'
  };
  var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
    'November', 'December'];

  /** 2026-01-03 as "3 January 2026". */
  function showDate(iso) {
    var parts = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(iso || '');
    return parts ? Number(parts[3]) + ' ' + MONTHS[Number(parts[2]) - 1] + ' ' + parts[1] : '';
  }

  /** Whether {@code iso} is a day of the calendar written YYYY-MM-DD (not 2026-02-30, not 20266-01-01). */
  function isDate(iso) {
    var parts = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(iso);
    if (!parts) {
      return false;
    }
    var day = new Date(Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3])));
    return day.getUTCFullYear() === Number(parts[1]) && day.getUTCMonth() === Number(parts[2]) - 1 &&
      day.getUTCDate() === Number(parts[3]);
  }

  /**
   * What is wrong with a date a person typed, in a sentence, or '' when nothing is. A date field
   * takes a year of up to six digits, and a record holding one could not be read back.
   */
  function dateProblem(iso) {
    if (!isDate(iso) || Number(iso.slice(0, 4)) < 1950) {
      return 'That is not a date this record can keep: check the day, month and year (four digits).';
    }
    if (iso > today()) {
      return 'That date is in the future: enter when it happened, today at the latest.';
    }
    return '';
  }

  function empty(role, roleTitle) {
    return { format: FORMAT, version: VERSION, role: role, roleTitle: roleTitle, statements: {}, evidence: {}, takenOver: [] };
  }

  function now() {
    return new Date().toISOString();
  }

  function today() {
    var d = new Date();
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
  }

  function pad(n) {
    return (n < 10 ? '0' : '') + n;
  }

  function newEvidenceId() {
    return 'ev-' + Date.now().toString(36) + Math.floor(Math.random() * 1679616).toString(36);
  }

  /** A statement's record, made (not started) when there is none yet. */
  function statement(record, id, shown) {
    var entry = record.statements[id];
    if (!entry) {
      entry = { text: shown.text, level: shown.level, category: shown.category, status: 'not-started', date: '', reason: '', evidence: [], updated: now() };
      record.statements[id] = entry;
    }
    return entry;
  }

  function statusOf(record, id) {
    var entry = record.statements[id];
    return entry ? entry.status : 'not-started';
  }

  /** Where a record of {@code id} belongs now: reworded statements' ids move, over every publish. */
  function destination(id, moves) {
    var seen = {};
    while (Object.prototype.hasOwnProperty.call(moves, id) && !seen[id]) {
      seen[id] = true;
      id = moves[id];
    }
    return id;
  }

  function isNewer(a, b) {
    return (Date.parse(a.updated) || 0) > (Date.parse(b.updated) || 0);
  }

  /** Two records of one statement (after a move): the newer, with the evidence of both. */
  function combine(a, b) {
    var newer = isNewer(b, a) ? b : a;
    var older = newer === a ? b : a;
    older.evidence.forEach(function (id) {
      if (newer.evidence.indexOf(id) < 0) {
        newer.evidence.push(id);
      }
    });
    return newer;
  }

  /** Takes records of reworded statements to their new ids; returns how many moved. */
  function followMoves(record, moves) {
    var moved = 0;
    Object.keys(record.statements).forEach(function (id) {
      var to = destination(id, moves);
      if (to === id) {
        return;
      }
      var entry = record.statements[id];
      delete record.statements[id];
      if (!entry.earlierText && entry.text) {
        entry.earlierText = entry.text;
      }
      record.statements[to] = record.statements[to] ? combine(record.statements[to], entry) : entry;
      moved += 1;
    });
    return moved;
  }

  /**
   * Takes over the first release's ticks ({key: {id: true}}), each key once, as "met". Statements
   * already recorded keep their record; the old keys are left where they are.
   */
  function takeOverTicks(record, ticksByKey, moves) {
    var taken = 0;
    Object.keys(ticksByKey).sort().forEach(function (key) {
      if (record.takenOver.indexOf(key) >= 0) {
        return;
      }
      var ticks = ticksByKey[key];
      Object.keys(ticks && typeof ticks === 'object' ? ticks : {}).forEach(function (old) {
        var id = destination(old, moves);
        if (ticks[old] !== true || !STATEMENT_ID.test(id)) {
          return;
        }
        var entry = statement(record, id, { text: '', level: '', category: '' });
        if (entry.status === 'not-started') {
          entry.status = 'met';
          entry.updated = now();
          taken += 1;
        }
      });
      record.takenOver.push(key);
    });
    return taken;
  }

  /** Keeps each record's copy of its statement's wording, level and category as the page shows them. */
  function refresh(record, shownById) {
    var changed = false;
    Object.keys(record.statements).forEach(function (id) {
      var shown = shownById[id];
      var entry = record.statements[id];
      if (!shown) {
        return;
      }
      ['text', 'level', 'category'].forEach(function (field) {
        if (entry[field] !== shown[field]) {
          entry[field] = shown[field];
          changed = true;
        }
      });
    });
    return changed;
  }

  /**
   * Adds what {@code from} holds: per statement the newer wins; evidence by id. Returns how many
   * changed, and the ids of the statements it changed (sorted).
   */
  function merge(into, from) {
    var result = { statements: 0, evidenceAdded: 0, evidenceChanged: 0, changed: [] };
    Object.keys(from.statements).sort().forEach(function (id) {
      var mine = into.statements[id];
      if (!mine || isNewer(from.statements[id], mine)) {
        into.statements[id] = copy(from.statements[id]);
        result.statements += 1;
        result.changed.push(id);
      }
    });
    Object.keys(from.evidence).forEach(function (id) {
      var mine = into.evidence[id];
      if (!mine) {
        result.evidenceAdded += 1;
      } else if (isNewer(from.evidence[id], mine)) {
        result.evidenceChanged += 1;
      } else {
        return;
      }
      into.evidence[id] = copy(from.evidence[id]);
    });
    from.takenOver.forEach(function (key) {
      if (into.takenOver.indexOf(key) < 0) {
        into.takenOver.push(key);
      }
    });
    return result;
  }

  function copy(value) {
    return JSON.parse(JSON.stringify(value));
  }

  /** Evidence entries no statement links to any more go: they were only ever there for one. */
  function dropUnlinkedEvidence(record) {
    var linked = {};
    Object.keys(record.statements).forEach(function (id) {
      record.statements[id].evidence.forEach(function (evidenceId) {
        linked[evidenceId] = true;
      });
    });
    Object.keys(record.evidence).forEach(function (id) {
      if (!linked[id]) {
        delete record.evidence[id];
      }
    });
  }

  function statementsLinkedTo(record, evidenceId) {
    return Object.keys(record.statements).filter(function (id) {
      return record.statements[id].evidence.indexOf(evidenceId) >= 0;
    });
  }

  // ---- reading a record from storage or a file, checked field by field

  /** Thrown when a file or the stored record is not a record this page can use. */
  function Unusable(reason, detail) {
    this.reason = reason;
    this.detail = detail || '';
  }

  function text(value, where) {
    if (value === undefined || value === null) {
      return '';
    }
    if (typeof value !== 'string' || value.length > LONGEST_TEXT) {
      throw new Unusable('damaged', where);
    }
    return value;
  }

  function oneOf(value, allowed, where) {
    if (allowed.indexOf(value) < 0) {
      throw new Unusable('damaged', where);
    }
    return value;
  }

  function date(value, where) {
    var checked = text(value, where);
    if (checked && !isDate(checked)) {
      throw new Unusable('damaged', where);
    }
    return checked;
  }

  function time(value, where) {
    var checked = text(value, where);
    if (checked && isNaN(Date.parse(checked))) {
      throw new Unusable('damaged', where);
    }
    return checked;
  }

  function entries(value, pattern, where, read) {
    var out = {};
    if (value === undefined) {
      return out;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      throw new Unusable('damaged', where);
    }
    Object.keys(value).forEach(function (id) {
      if (!pattern.test(id) || !value[id] || typeof value[id] !== 'object') {
        throw new Unusable('damaged', where + ' ' + id);
      }
      out[id] = read(value[id], where + ' ' + id);
    });
    return out;
  }

  function readStatement(entry, where) {
    var links = entry.evidence === undefined ? [] : entry.evidence;
    if (!Array.isArray(links) || links.some(function (id) { return typeof id !== 'string' || !EVIDENCE_ID.test(id); })) {
      throw new Unusable('damaged', where);
    }
    var read = {
      text: text(entry.text, where), level: text(entry.level, where), category: text(entry.category, where),
      status: oneOf(entry.status, STATUSES, where), date: date(entry.date, where), reason: text(entry.reason, where),
      evidence: links.slice(), updated: time(entry.updated, where)
    };
    if (entry.earlierText) {
      read.earlierText = text(entry.earlierText, where);
    }
    return read;
  }

  function readEvidence(entry, where) {
    return {
      date: date(entry.date, where), kind: oneOf(entry.kind, KINDS, where), reference: text(entry.reference, where),
      reflection: text(entry.reflection, where), updated: time(entry.updated, where)
    };
  }

  /**
   * The record in {@code json}, checked and copied field by field, or throws Unusable: 'unreadable'
   * (not JSON), 'not-a-record', 'newer' (a later version of the portal wrote it), 'other-role' (its
   * detail names the role) or 'damaged'.
   */
  function parse(json, role) {
    var data;
    try {
      data = JSON.parse(json);
    } catch (e) {
      throw new Unusable('unreadable');
    }
    if (!data || typeof data !== 'object' || data.format !== FORMAT || typeof data.role !== 'string') {
      throw new Unusable('not-a-record');
    }
    if (typeof data.version !== 'number' || data.version % 1 !== 0 || data.version < 1) {
      throw new Unusable('damaged', 'version');
    }
    if (data.version > VERSION) {
      throw new Unusable('newer');
    }
    if (data.role !== role) {
      var named = typeof data.roleTitle === 'string' && data.roleTitle ? data.roleTitle : data.role;
      throw new Unusable('other-role', named.length > 120 ? named.slice(0, 117) + '…' : named);
    }
    var taken = data.takenOver === undefined ? [] : data.takenOver;
    if (!Array.isArray(taken) || taken.some(function (key) { return typeof key !== 'string'; })) {
      throw new Unusable('damaged', 'takenOver');
    }
    var record = empty(role, text(data.roleTitle, 'roleTitle'));
    record.statements = entries(data.statements, STATEMENT_ID, 'statement', readStatement);
    record.evidence = entries(data.evidence, EVIDENCE_ID, 'evidence', readEvidence);
    record.takenOver = taken.slice();
    return record;
  }

  /** The record as a file to keep: the same JSON, with the date it was exported. */
  function exported(record) {
    var out = copy(record);
    out.exported = now();
    return JSON.stringify(out, null, 2) + '\n';
  }

  portal.record = {
    FORMAT: FORMAT, STATUSES: STATUSES, KINDS: KINDS, STATUS_NAMES: STATUS_NAMES, KIND_NAMES: KIND_NAMES,
    Unusable: Unusable, showDate: showDate, isDate: isDate, dateProblem: dateProblem,
    empty: empty, now: now, today: today, newEvidenceId: newEvidenceId, statement: statement, statusOf: statusOf,
    followMoves: followMoves, takeOverTicks: takeOverTicks, refresh: refresh, merge: merge, copy: copy,
    dropUnlinkedEvidence: dropUnlinkedEvidence, statementsLinkedTo: statementsLinkedTo, parse: parse, exported: exported
  };
}(window.FrameworkPortal = window.FrameworkPortal || {}));
