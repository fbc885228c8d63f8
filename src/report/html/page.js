(function () {
  var body = document.body;
  body.classList.add('js');
  function all(selector) { return Array.prototype.slice.call(document.querySelectorAll(selector)); }
  function press(buttons, name, value) {
    buttons.forEach(function (button) {
      button.setAttribute('aria-pressed', String(button.getAttribute(name) === value));
    });
  }
  var views = all('button[data-view]');
  function show(view) {
    body.setAttribute('data-view', view);
    press(views, 'data-view', view);
  }
  views.forEach(function (button) {
    button.addEventListener('click', function () { show(button.getAttribute('data-view')); });
  });
  var outlets = all('button[data-outlet]');
  function pick(outlet) {
    body.setAttribute('data-outlet', outlet);
    press(outlets, 'data-outlet', outlet);
  }
  outlets.forEach(function (button) {
    button.addEventListener('click', function () { pick(button.getAttribute('data-outlet')); });
  });
  show('claims');
  pick('1');
  document.addEventListener('click', function (event) {
    var link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
    var target = link ? document.getElementById(link.getAttribute('href').slice(1)) : null;
    if (target && target.closest('#articles')) {
      show('articles');
      var cell = target.closest('[data-article]');
      if (cell) pick(cell.getAttribute('data-article'));
    } else if (target && target.closest('#claims')) show('claims');
  });
  var box = document.getElementById('only-conflicts');
  var count = document.getElementById('shown-count');
  function filter() {
    body.classList.toggle('only-conflicts', box.checked);
    var claims = all('#claims .claim');
    var shown = box.checked ? all('#claims .claim.disputed').length : claims.length;
    count.textContent = 'showing ' + shown + ' of ' + claims.length + (claims.length === 1 ? ' claim' : ' claims');
  }
  box.addEventListener('change', filter);
  filter();
})();
