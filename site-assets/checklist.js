/* Checklist self-assessment: ticks are kept in this browser's localStorage only, under a key
   made of the role, the level and the framework's date, so an edited framework starts afresh.
   Without JavaScript the page still prints with empty tick boxes. */
(function () {
  'use strict';
  var checklist = document.querySelector('[data-checklist-key]');
  var tools = document.querySelector('[data-checklist-tools]');
  if (!checklist || !tools) {
    return;
  }
  var key = checklist.getAttribute('data-checklist-key');
  var boxes = Array.prototype.slice.call(checklist.querySelectorAll('input[type="checkbox"][data-item]'));
  var progress = tools.querySelector('[data-checklist-progress]');
  var onlyUnmet = tools.querySelector('[data-checklist-only-unmet]');
  var storage = null;
  try {
    storage = window.localStorage;
    storage.setItem(key + ':probe', '1');
    storage.removeItem(key + ':probe');
  } catch (e) {
    storage = null;
  }

  function load() {
    if (!storage) {
      return {};
    }
    try {
      var saved = JSON.parse(storage.getItem(key) || '{}');
      return saved && typeof saved === 'object' ? saved : {};
    } catch (e) {
      return {};
    }
  }

  function save() {
    if (!storage) {
      return;
    }
    var ticked = {};
    boxes.forEach(function (box) {
      if (box.checked) {
        ticked[box.getAttribute('data-item')] = true;
      }
    });
    if (Object.keys(ticked).length === 0) {
      storage.removeItem(key);
    } else {
      storage.setItem(key, JSON.stringify(ticked));
    }
  }

  function update() {
    var met = 0;
    boxes.forEach(function (box) {
      var row = box.closest('tr');
      if (row) {
        row.classList.toggle('is-met', box.checked);
      }
      if (box.checked) {
        met += 1;
      }
    });
    progress.textContent = met + ' of ' + boxes.length + ' ticked; ' + (boxes.length - met) + ' still to do.';
  }

  var saved = load();
  boxes.forEach(function (box) {
    box.checked = saved[box.getAttribute('data-item')] === true;
    box.addEventListener('change', function () {
      save();
      update();
    });
  });

  onlyUnmet.addEventListener('click', function () {
    var on = onlyUnmet.getAttribute('aria-pressed') !== 'true';
    onlyUnmet.setAttribute('aria-pressed', on ? 'true' : 'false');
    document.body.classList.toggle('show-unmet-only', on);
    onlyUnmet.textContent = on ? 'Show everything' : 'Show only what I still need';
  });
  tools.querySelector('[data-checklist-print]').addEventListener('click', function () {
    window.print();
  });
  tools.querySelector('[data-checklist-clear]').addEventListener('click', function () {
    if (window.confirm('Clear every tick on this checklist?')) {
      boxes.forEach(function (box) {
        box.checked = false;
      });
      save();
      update();
    }
  });

  if (!storage) {
    tools.querySelector('.privacy-note').textContent =
      'This browser does not let the page keep your ticks, so they will be lost when you close it. Nothing is sent anywhere.';
  }
  tools.hidden = false;
  update();
}());
