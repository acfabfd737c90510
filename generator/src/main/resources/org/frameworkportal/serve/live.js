/* Preview server only (never in the published site): reloads the page after each rebuild and,
   while the content has problems, shows them over the page. */
(function () {
  'use strict';
  var version = null;
  var panel = null;

  function showProblems(problems) {
    if (!problems || problems.length === 0) {
      if (panel) {
        panel.remove();
        panel = null;
      }
      return;
    }
    if (!panel) {
      panel = document.createElement('div');
      panel.setAttribute('role', 'alert');
      panel.style.cssText = 'position:fixed;inset:0;z-index:9999;overflow:auto;background:#fff;color:#0b0c0c;' +
        'padding:2rem;font:16px/1.5 Arial,sans-serif;border-top:10px solid #d4351c';
      document.body.appendChild(panel);
    }
    panel.textContent = '';
    var heading = document.createElement('h1');
    heading.textContent = 'The content has ' + problems.length + (problems.length === 1 ? ' problem' : ' problems');
    heading.style.cssText = 'font-size:28px;margin:0 0 1rem';
    panel.appendChild(heading);
    var note = document.createElement('p');
    note.textContent = 'Nothing was published: the last good version of the site is still being served. ' +
      'Fix the files below and save; this page updates by itself.';
    panel.appendChild(note);
    var list = document.createElement('ul');
    problems.forEach(function (problem) {
      var item = document.createElement('li');
      var where = document.createElement('code');
      where.textContent = problem.line > 0 ? problem.file + ':' + problem.line + ':' + problem.column : problem.file;
      where.style.cssText = 'font-weight:bold';
      item.appendChild(where);
      item.appendChild(document.createTextNode(' ' + problem.message + (problem.hint ? ' (' + problem.hint + ')' : '')));
      item.style.cssText = 'margin:0 0 .75rem';
      list.appendChild(item);
    });
    panel.appendChild(list);
  }

  function poll() {
    fetch('/__portal/state', { cache: 'no-store' })
      .then(function (response) { return response.json(); })
      .then(function (state) {
        if (version === null) {
          version = state.version;
        } else if (state.version !== version) {
          window.location.reload();
          return;
        }
        showProblems(state.problems);
      })
      .catch(function () { /* the server is restarting or stopped: keep trying */ })
      .then(function () { window.setTimeout(poll, 700); });
  }
  poll();
}());
