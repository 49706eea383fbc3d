// Forms say what they will refuse before it happens, in the page's language (texts on <body data-…>):
// - a field with maxlength counts its characters, and a paste that would not fit is refused with a message
//   instead of the browser silently cutting the text;
// - a file input with data-max-bytes says at once when the chosen file is larger than the form takes;
// - the element marked data-focus-on-load (the result of "Add and read", an error page) takes the focus, so
//   a screen reader starts there.
(function () {
  'use strict';

  var texts = document.body.dataset;

  function say(template, values) {
    return template.replace(/\{(\d)\}/g, function (_, i) { return values[Number(i)]; });
  }

  function messageAfter(field) {
    var note = document.createElement('p');
    note.className = 'field-note';
    note.id = (field.id || field.name) + '-note';
    note.setAttribute('aria-live', 'polite');
    field.insertAdjacentElement('afterend', note);
    var described = field.getAttribute('aria-describedby');
    field.setAttribute('aria-describedby', described ? described + ' ' + note.id : note.id);
    return note;
  }

  function watchLength(field) {
    var limit = Number(field.getAttribute('maxlength'));
    if (!limit) {
      return;
    }
    var note = messageAfter(field);
    function count() {
      note.classList.remove('field-warning');
      // The count shows once the text is long enough to matter (four fifths of the limit).
      note.textContent = field.value.length >= limit * 0.8 ? say(texts.textCount, [field.value.length, limit]) : '';
    }
    field.addEventListener('input', count);
    field.addEventListener('paste', function (event) {
      var pasted = (event.clipboardData || window.clipboardData).getData('text');
      var kept = field.value.length - (field.selectionEnd - field.selectionStart);
      if (kept + pasted.length > limit) {
        event.preventDefault();
        note.classList.add('field-warning');
        note.textContent = say(texts.textTooLong, [pasted.length, limit, Math.max(0, limit - kept)]);
      }
    });
    count();
  }

  function watchSize(input) {
    var limit = Number(input.dataset.maxBytes);
    var note = messageAfter(input);
    input.addEventListener('change', function () {
      var file = input.files && input.files[0];
      var tooLarge = file && file.size > limit;
      note.classList.toggle('field-warning', Boolean(tooLarge));
      note.textContent = tooLarge ? say(texts.fileTooLarge, [file.name, Math.floor(limit / 1048576)]) : '';
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('textarea[maxlength], input[maxlength]:not([type=hidden])').forEach(watchLength);
    document.querySelectorAll('input[type=file][data-max-bytes]').forEach(watchSize);
    var result = document.querySelector('[data-focus-on-load]');
    if (result) {
      result.focus();
    }
  });
})();
