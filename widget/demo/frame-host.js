// On a page that has the complaints signpost in an iframe: makes the iframe as tall as its content, from the
// height the frame posts ({ type: 'complaints-signpost:resize', height }), so it never scrolls inside itself.
// Only messages from this script's own service, and from one of the page's own iframes, are used.
(function () {
  var origin = new URL(document.currentScript.src).origin;
  addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== origin || !data || data.type !== 'complaints-signpost:resize') return;
    var height = Math.ceil(Number(data.height));
    if (!(height > 0 && height < 100000)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].height = String(height);
    }
  });
})();
