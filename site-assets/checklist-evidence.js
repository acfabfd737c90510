/* The panel under a checklist row: the date of its status, why it does not apply, and its evidence
   (date, kind, reference, reflection). One evidence entry can support several statements: "Use
   evidence already recorded" links it, and changing it changes it everywhere it is linked. */
(function (portal) {
  'use strict';
  var records = portal.record;
  var el = portal.el;

  function field(labelText, control, hint) {
    var label = el('label', { for: control.id }, [labelText]);
    var parts = [label];
    if (hint) {
      var hintId = control.id + '-hint';
      parts.push(el('span', { class: 'field__hint', id: hintId }, [hint]));
      control.setAttribute('aria-describedby', hintId);
    }
    parts.push(control);
    return el('div', { class: 'field' }, parts);
  }

  function option(value, text) {
    return el('option', { value: value }, [text]);
  }

  function shorten(text) {
    return text.length > 60 ? text.slice(0, 57).replace(/\s+\S*$/, '') + '…' : text;
  }

  /** The form that adds an entry, or changes one when {@code edit} is called. */
  function evidenceForm(app, shown, done) {
    var id = shown.id;
    var editing = null;
    var legend = el('legend', {}, ['Add evidence']);
    var date = el('input', { type: 'date', id: 'evidence-date-' + id, max: records.today() });
    var kind = el('select', { id: 'evidence-kind-' + id }, [option('', 'Choose one')].concat(records.KINDS.map(function (k) {
      return option(k, records.KIND_NAMES[k]);
    })));
    var reference = el('input', { type: 'text', id: 'evidence-reference-' + id, maxlength: '200', autocomplete: 'off' });
    var reflection = el('textarea', { id: 'evidence-reflection-' + id, rows: '3', maxlength: '2000' });
    var error = el('p', { class: 'field-error', id: 'evidence-error-' + id, hidden: true });
    var save = el('button', { type: 'submit', class: 'button' }, ['Save evidence']);
    var cancel = el('button', { type: 'button', class: 'button button--secondary' }, ['Cancel']);
    var form = el('form', { class: 'evidence-form', novalidate: true, hidden: true }, [el('fieldset', {}, [legend,
      field('Date', date), field('Kind of evidence', kind),
      field('Reference', reference, 'For example a case number, a file name or where it is kept.'),
      field('Reflection', reflection, 'In a few sentences: what you did and what you learned.'),
      error, el('div', { class: 'button-group' }, [save, cancel])])]);

    function reset() {
      editing = null;
      form.hidden = true;
      legend.textContent = 'Add evidence';
      save.textContent = 'Save evidence';
      date.value = records.today();
      kind.value = '';
      reference.value = '';
      reflection.value = '';
      showProblems([]);
    }

    function add() {
      reset();
      form.hidden = false;
      date.focus();
    }

    function edit(evidenceId) {
      var evidence = app.record.evidence[evidenceId];
      editing = evidenceId;
      form.hidden = false;
      legend.textContent = 'Change evidence (wherever it is linked)';
      save.textContent = 'Save changes';
      date.value = evidence.date;
      kind.value = evidence.kind;
      reference.value = evidence.reference;
      reflection.value = evidence.reflection;
      date.focus();
    }

    function problems() {
      var found = [];
      if (!date.value) {
        found.push([date, 'Enter the date of the evidence.']);
      } else if (records.dateProblem(date.value)) {
        found.push([date, records.dateProblem(date.value)]);
      }
      if (!kind.value) {
        found.push([kind, 'Choose what kind of evidence it is.']);
      }
      if (!reference.value.trim() && !reflection.value.trim()) {
        found.push([reference, 'Write a reference or a reflection.']);
      }
      return found;
    }

    var checked = [date, kind, reference];
    var hints = checked.map(function (control) {
      return control.getAttribute('aria-describedby') || '';
    });

    function showProblems(found) {
      checked.forEach(function (control, i) {
        control.removeAttribute('aria-invalid');
        control.removeAttribute('aria-describedby');
        if (hints[i]) {
          control.setAttribute('aria-describedby', hints[i]);
        }
      });
      error.hidden = !found.length;
      error.textContent = found.map(function (problem) {
        return problem[1];
      }).join(' ');
      found.forEach(function (problem) {
        problem[0].setAttribute('aria-invalid', 'true');
        problem[0].setAttribute('aria-describedby', (hints[checked.indexOf(problem[0])] + ' ' + error.id).trim());
      });
    }

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var found = problems();
      showProblems(found);
      if (found.length) {
        found[0][0].focus();
        return;
      }
      var entry = { date: date.value, kind: kind.value, reference: reference.value.trim(), reflection: reflection.value.trim(), updated: records.now() };
      var changing = editing;
      app.change(function (record) {
        if (changing) {
          record.evidence[changing] = entry;
          return;
        }
        var evidenceId = records.newEvidenceId();
        record.evidence[evidenceId] = entry;
        var statement = records.statement(record, id, shown);
        statement.evidence.push(evidenceId);
        statement.updated = records.now();
      }, changing ? 'Evidence changed.' : 'Evidence added to: ' + shorten(shown.text));
      reset();
      done();
    });
    cancel.addEventListener('click', function () {
      reset();
      done();
    });
    reset();
    return { form: form, add: add, edit: edit };
  }

  /** "Use evidence already recorded": a list of the entries not yet linked here. */
  function reuseControl(app, shown, done) {
    var select = el('select', { id: 'reuse-' + shown.id });
    var link = el('button', { type: 'button', class: 'button button--secondary' }, ['Link it']);
    var wrap = el('div', { class: 'reuse' }, [field('Use evidence already recorded', select), link]);
    link.addEventListener('click', function () {
      var evidenceId = select.value;
      var statement = app.record.statements[shown.id];
      if (!app.record.evidence[evidenceId] || (statement && statement.evidence.indexOf(evidenceId) >= 0)) {
        return; // a second click of a double click: the list has moved on to another entry, or none
      }
      app.change(function (record) {
        var statement = records.statement(record, shown.id, shown);
        statement.evidence.push(evidenceId);
        statement.updated = records.now();
      }, 'Evidence linked to: ' + shorten(shown.text));
      done();
    });
    return {
      element: wrap,
      render: function (linked) {
        var others = Object.keys(app.record.evidence).filter(function (evidenceId) {
          return linked.indexOf(evidenceId) < 0;
        }).sort();
        wrap.hidden = !others.length;
        select.textContent = '';
        others.forEach(function (evidenceId) {
          select.appendChild(option(evidenceId, portal.rows.evidenceTitle(app.record.evidence[evidenceId])));
        });
      }
    };
  }

  function evidenceItem(app, shown, linked, actions) {
    var evidence = linked.evidence;
    var title = portal.rows.evidenceTitle(evidence);
    var others = records.statementsLinkedTo(app.record, linked.id).length - 1;
    var change = el('button', { type: 'button', class: 'link-button' }, ['Change', el('span', { class: 'visually-hidden' }, [': ' + title])]);
    var remove = el('button', { type: 'button', class: 'link-button' }, ['Remove from this statement',
      el('span', { class: 'visually-hidden' }, [': ' + title])]);
    change.addEventListener('click', function () {
      actions.edit(linked.id);
    });
    remove.addEventListener('click', function () {
      actions.remove(linked.id);
    });
    return el('li', { class: 'evidence-item' }, [
      el('p', { class: 'evidence-item__title' }, [title]),
      evidence.reflection ? el('p', { class: 'evidence-item__reflection' }, [evidence.reflection]) : null,
      others > 0 ? el('p', { class: 'meta' }, ['Also supports ' + others + (others === 1 ? ' other statement.' : ' other statements.')]) : null,
      el('p', { class: 'evidence-item__actions' }, [change, ' ', remove])
    ]);
  }

  /** Builds the panel of {@code shown} into {@code cell}; its render() draws it from the record. */
  function build(app, shown, cell) {
    var id = shown.id;
    var earlier = el('p', { class: 'record-panel__earlier', hidden: true });
    var date = el('input', { type: 'date', id: 'date-' + id, max: records.today() });
    var dateField = field('Date', date);
    var dateError = el('p', { class: 'field-error', id: 'date-' + id + '-error', hidden: true });
    dateField.insertBefore(dateError, date);
    var reason = el('input', { type: 'text', id: 'reason-' + id, maxlength: '500', autocomplete: 'off' });
    var reasonField = field('Why it does not apply', reason);
    var title = el('p', { class: 'record-panel__title', tabindex: '-1' }, ['Evidence for this statement']);
    var list = el('ul', { class: 'evidence-list' });
    var none = el('p', { class: 'meta' }, ['No evidence recorded for this statement yet.']);
    // Removing an entry linked nowhere else drops it, reflection and all: it can be put back.
    var lastRemoved = null;
    var removedText = el('span');
    var putBack = el('button', { type: 'button', class: 'link-button' }, ['Put it back']);
    var removed = el('p', { class: 'record-panel__removed', hidden: true }, [removedText, ' ', putBack]);
    function backToTitle() {
      title.focus();
    }
    var form = evidenceForm(app, shown, backToTitle);
    var reuse = reuseControl(app, shown, backToTitle);
    var add = el('button', { type: 'button', class: 'button button--secondary' }, ['Add evidence']);
    add.addEventListener('click', form.add);
    cell.appendChild(el('div', { class: 'record-panel__body' }, [earlier,
      el('div', { class: 'record-fields' }, [dateField, reasonField]), title, removed, none, list, reuse.element,
      form.form, el('div', { class: 'button-group add-evidence' }, [add])]));

    function edit(update) {
      app.change(function (record) {
        update(records.statement(record, id, shown));
      });
    }
    /** A date that could not be kept is said next to the field and not saved. */
    function showDateProblem(problem) {
      dateError.hidden = !problem;
      dateError.textContent = problem;
      if (problem) {
        date.setAttribute('aria-invalid', 'true');
        date.setAttribute('aria-describedby', dateError.id);
      } else {
        date.removeAttribute('aria-invalid');
        date.removeAttribute('aria-describedby');
      }
    }
    date.addEventListener('change', function () {
      var problem = date.value ? records.dateProblem(date.value) : '';
      showDateProblem(problem);
      if (problem) {
        return;
      }
      edit(function (statement) {
        statement.date = date.value;
        statement.updated = records.now();
      });
    });
    reason.addEventListener('input', function () {
      edit(function (statement) {
        statement.reason = reason.value;
        statement.updated = records.now();
      });
    });
    var actions = {
      edit: form.edit,
      remove: function (evidenceId) {
        var evidence = app.record.evidence[evidenceId];
        lastRemoved = { id: evidenceId, evidence: records.copy(evidence), title: portal.rows.evidenceTitle(evidence) };
        app.change(function (record) {
          var statement = record.statements[id];
          statement.evidence = statement.evidence.filter(function (linkedId) {
            return linkedId !== evidenceId;
          });
          statement.updated = records.now();
          records.dropUnlinkedEvidence(record);
        }, 'Evidence removed from: ' + shorten(shown.text));
        removedText.textContent = 'Removed from this statement: ' + lastRemoved.title + '.';
        removed.hidden = false;
        putBack.focus();
      }
    };
    putBack.addEventListener('click', function () {
      var back = lastRemoved;
      if (!back) {
        return;
      }
      app.change(function (record) {
        if (!record.evidence[back.id]) {
          record.evidence[back.id] = back.evidence;
        }
        var statement = records.statement(record, id, shown);
        if (statement.evidence.indexOf(back.id) < 0) {
          statement.evidence.push(back.id);
        }
        statement.updated = records.now();
      }, 'Evidence put back: ' + back.title);
      backToTitle();
    });

    function setValue(control, value) {
      if (control.value !== value && document.activeElement !== control) {
        control.value = value;
      }
    }

    function render() {
      var entry = app.record.statements[id];
      var status = entry ? entry.status : 'not-started';
      earlier.hidden = !(entry && entry.earlierText && entry.earlierText !== entry.text);
      earlier.textContent = earlier.hidden ? '' : 'You recorded this against its earlier wording: “' + entry.earlierText + '”';
      dateField.hidden = status === 'not-started';
      dateField.querySelector('label').textContent = status === 'working' ? 'Working on it since' : status === 'met' ? 'Date met' : 'Date decided';
      setValue(date, entry ? entry.date : '');
      if (document.activeElement !== date && date.value === (entry ? entry.date : '')) {
        showDateProblem('');
      }
      reasonField.hidden = status !== 'na';
      setValue(reason, entry ? entry.reason : '');
      var linked = portal.rows.linkedEvidence(app.record, entry);
      if (lastRemoved && (entry ? entry.evidence : []).indexOf(lastRemoved.id) >= 0) {
        lastRemoved = null; // put back, or linked again
        removed.hidden = true;
      }
      none.hidden = linked.length > 0;
      list.textContent = '';
      linked.forEach(function (one) {
        list.appendChild(evidenceItem(app, shown, one, actions));
      });
      reuse.render(linked.map(function (one) {
        return one.id;
      }));
    }
    return { render: render };
  }

  portal.panel = { build: build };
}(window.FrameworkPortal));
