// Tells the page around the frame how tall the content is, so a host that listens can size the iframe to fit.
// The message holds only a number; hosts that do not listen lose nothing.
(function () {
  if (window.parent === window) return;
  var last = 0;
  function send() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'complaints-signpost:resize', height: height }, '*');
  }
  new ResizeObserver(send).observe(document.documentElement);
})();
