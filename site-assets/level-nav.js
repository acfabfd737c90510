/* Role page: the levels bar (nav[data-level-nav]) stays at the top of the window through CSS alone;
   this script only marks the level being read with aria-current and, when a level is chosen,
   moves keyboard and screen reader focus to its heading as well as scrolling to it. */
(function () {
  'use strict';
  var nav = document.querySelector('[data-level-nav]');
  if (!nav) {
    return;
  }
  var entries = [];
  Array.prototype.forEach.call(nav.querySelectorAll('a[href^="#"]'), function (link) {
    var heading = document.getElementById(link.getAttribute('href').slice(1));
    var section = heading && heading.closest('section');
    if (section) {
      entries.push({ link: link, heading: heading, section: section });
    }
  });

  function update() {
    var line = nav.getBoundingClientRect().bottom + 8;
    var current = null;
    entries.forEach(function (entry) {
      var box = entry.section.getBoundingClientRect();
      if (box.top <= line && box.bottom > line) {
        current = entry;
      }
    });
    entries.forEach(function (entry) {
      if (entry === current) {
        entry.link.setAttribute('aria-current', 'true');
      } else {
        entry.link.removeAttribute('aria-current');
      }
    });
  }

  var pending = false;
  function schedule() {
    if (!pending) {
      pending = true;
      window.requestAnimationFrame(function () {
        pending = false;
        update();
      });
    }
  }

  entries.forEach(function (entry) {
    entry.link.addEventListener('click', function () {
      // After the browser has scrolled to the heading, focus it without scrolling again.
      window.setTimeout(function () {
        entry.heading.setAttribute('tabindex', '-1');
        entry.heading.focus({ preventScroll: true });
        update();
      }, 0);
    });
  });
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule);
  update();
}());
