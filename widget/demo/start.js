// A GOV.UK question page: once the widget is showing, each screen's question is the page's h1 and its title
// ("Error: " first while there is a problem to fix), and the introduction shows on the first screen only.
// Without JavaScript the page keeps its own heading.
(function () {
  // The words come from the page and the widget, so they are in the language on show.
  var SITE = document.title.split(' – ').pop();
  var pageHeading = document.getElementById('page-heading');
  var introduction = document.getElementById('introduction');
  customElements.whenDefined('complaints-signpost').then(function () {
    var root = document.querySelector('complaints-signpost').shadowRoot;
    function update() {
      var heading = root.querySelector('.cs-screen-heading');
      if (!heading) return;
      pageHeading.hidden = true;
      introduction.hidden = !root.querySelector('[data-first-screen]');
      var prefix = root.querySelector('.cs-error-message > .cs-visually-hidden');
      var error = root.querySelector('.cs-error-summary') && prefix ? prefix.textContent : '';
      var title = error + heading.textContent + ' – ' + SITE;
      if (document.title !== title) document.title = title;
    }
    new MutationObserver(update).observe(root, { childList: true, subtree: true, characterData: true });
    update();
  });
})();
