// Asks before leaving a form with changes that are not saved. Progressive enhancement: the form
// works the same without it. A form the server showed again unsaved (errors, a conflict) starts dirty.
(function () {
  'use strict';
  document.querySelectorAll('form[data-unsaved-warning]').forEach(function (form) {
    var dirty = form.getAttribute('data-unsaved') === 'true';
    function markDirty() { dirty = true; }
    form.addEventListener('input', markDirty);
    form.addEventListener('change', markDirty);
    form.addEventListener('submit', function () { dirty = false; });
    window.addEventListener('beforeunload', function (event) {
      if (dirty) {
        event.preventDefault();
        event.returnValue = form.getAttribute('data-unsaved-warning');
      }
    });
  });
}());
