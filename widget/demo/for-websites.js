// The builder's extras when scripts run: the preview and the code follow what is typed, and each piece of code
// has a copy button. Without a script the form still works: its button reloads the page with the new details.
// The page itself makes the code (the service renders it), so there is one copy of that logic.
(function () {
  var form = document.querySelector('form.builder');
  var status = document.querySelector('.copy-status');
  var latest = 0;
  var timer;

  /** The form's answers as a query string, without empty fields. */
  function query() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (String(value).trim()) params.append(name, String(value).trim());
    });
    var text = params.toString();
    return text ? '?' + text : '';
  }

  /** Fetches the page for the new details and takes from it the code, the poster link, the notice and a new preview. */
  function update() {
    var mine = ++latest;
    var url = '/for-websites' + query();
    fetch(url, { headers: { accept: 'text/html' } })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        if (mine !== latest) return; // a newer update is on its way
        var next = new DOMParser().parseFromString(html, 'text/html');
        ['link-code', 'iframe-code', 'script-code'].forEach(function (id) {
          document.getElementById(id).textContent = next.getElementById(id).textContent;
        });
        document.getElementById('poster-link').href = next.getElementById('poster-link').getAttribute('href');
        document.getElementById('ignored').innerHTML = next.getElementById('ignored').innerHTML;
        // A new element starts the questions again with the new details.
        var preview = document.getElementById('preview');
        preview.replaceWith(document.importNode(next.getElementById('preview'), true));
        history.replaceState(null, '', url);
      })
      .catch(function () { /* the button still works */ });
  }

  form.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(update, 400);
  });

  document.querySelectorAll('[data-copy]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      var code = document.getElementById(button.getAttribute('data-copy'));
      var done = function () { status.textContent = 'Copied. Now paste it where you need it.'; };
      var selectInstead = function () {
        getSelection().selectAllChildren(code);
        status.textContent = 'Selected. Press Ctrl+C to copy, or Command+C on a Mac.';
      };
      if (navigator.clipboard) navigator.clipboard.writeText(code.textContent).then(done, selectInstead);
      else selectInstead();
    });
  });
})();
