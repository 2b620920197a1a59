// Field Notes boot: applies the reader's saved theme and text settings to <html> before first
// paint, so a dark-theme reader never sees a white flash, then loads the app. The build inlines
// it into every prerendered page (no request before first paint) and allows exactly it by hash
// in the Content-Security-Policy; the dev server loads it as this file. Keep it in step with
// src/app/settings/reader-settings.ts: test/unit/settings/boot-script.test.ts checks they agree.
(function () {
  'use strict';
  var KEY = 'field-notes:reader-settings';
  var CHOICES = {
    theme: ['system', 'light', 'dark'],
    fontSize: ['small', 'medium', 'large', 'x-large', 'xx-large'],
    lineHeight: ['compact', 'normal', 'relaxed'],
    width: ['narrow', 'medium', 'wide'],
    font: ['serif', 'sans'],
  };
  var ATTRIBUTES = {
    theme: 'data-theme',
    fontSize: 'data-font-size',
    lineHeight: 'data-line-height',
    width: 'data-text-width',
    font: 'data-font',
  };
  var DEFAULTS = { theme: 'system', fontSize: 'medium', lineHeight: 'normal', width: 'medium', font: 'serif' };
  var COLORS = { light: '#fbfaf7', dark: '#16171a' };
  var APP_LOAD_FALLBACK_MS = 2000;

  var saved = null;
  try {
    // Throws when storage is disabled; the page must still render, with the defaults.
    saved = JSON.parse(window.localStorage.getItem(KEY) || 'null');
  } catch {
    saved = null;
  }
  if (typeof saved !== 'object' || saved === null) saved = {};

  var html = document.documentElement;
  var theme = DEFAULTS.theme;
  for (var key in CHOICES) {
    var value = CHOICES[key].indexOf(saved[key]) >= 0 ? saved[key] : DEFAULTS[key];
    if (key === 'theme') theme = value;
    if (key === 'theme' && value === 'system') html.removeAttribute(ATTRIBUTES[key]);
    else html.setAttribute(ATTRIBUTES[key], value);
  }
  var metas = document.querySelectorAll('meta[name="theme-color"]');
  for (var i = 0; i < metas.length; i++) {
    var media = /dark/.test(metas[i].getAttribute('media') || '') ? 'dark' : 'light';
    metas[i].setAttribute('content', COLORS[theme === 'system' ? media : theme]);
  }

  // A prerendered page reads without JavaScript. The app (bookmarks, filters, offline) is
  // loaded once the page has, so none of its bytes compete with the first paint. A click or
  // input before it is live is kept and replayed by Solid's hydration (the job of the inline
  // script Solid's server rendering would otherwise add), so no press is lost meanwhile.
  var hydration = (window._$HY = { events: [], completed: new WeakSet(), r: {} });
  var hydratable = function (node) {
    while (node && !(node.hasAttribute && node.hasAttribute('data-hk'))) {
      node = node.host && node.host.nodeType ? node.host : node.parentNode;
    }
    return node;
  };
  ['click', 'input'].forEach(function (name) {
    document.addEventListener(name, function (event) {
      // Solid empties `events` once hydration is over; `completed` holds what is live already.
      if (!hydration.events) return;
      var element = hydratable((event.composedPath && event.composedPath()[0]) || event.target);
      if (element && !hydration.completed.has(element)) hydration.events.push([element, event]);
    });
  });
  // Where the browser may offer installation, the header keeps the Install button's place from
  // the first paint (see install.css), so the offer's arrival shifts nothing.
  if ('onbeforeinstallprompt' in window && !window.matchMedia('(display-mode: standalone)').matches) {
    html.setAttribute('data-install-offers', '');
  }
  // Chromium may offer installation before the app has loaded: keep the offer for its button.
  window.addEventListener('beforeinstallprompt', function (event) {
    event.preventDefault();
    window.fieldNotesInstallPrompt = event;
  });
  // The app, and the web app manifest's link (the build turns it into a meta: only installing
  // needs it), come after the load event and the first contentful paint: on a fast connection the
  // page has loaded before its first paint, and their requests and scripts must not compete with
  // that paint either. (A frame callback is too early: the frame is presented after it, and
  // Lighthouse counted the app's scripts into the first paint.) A tab opened in the background
  // paints only once shown: it loads the app after a while all the same.
  window.addEventListener('load', function () {
    afterFirstPaint(function () {
      var manifest = document.querySelector('meta[name="field-notes:manifest"]');
      if (manifest) {
        var link = document.createElement('link');
        link.rel = 'manifest';
        link.href = manifest.getAttribute('content');
        document.head.appendChild(link);
      }
      var entry = document.querySelector('meta[name="field-notes:app"]');
      if (!entry) return;
      loadApp(entry.getAttribute('content'));
      // Every other module the page hydrates with is fetched beside the entry (after it: a host
      // on HTTP/1.1 serves six at a time), not one level of imports after another. Each is still
      // evaluated only when the app imports it.
      (entry.getAttribute('data-preload') || '').split(' ').forEach(function (href) {
        if (!href) return;
        var preload = document.createElement('link');
        preload.rel = 'modulepreload';
        preload.href = href;
        document.head.appendChild(preload);
      });
    });
  });
  // Offline before the app arrived, the page stays readable as prerendered: say why its buttons
  // do nothing, and load the app once the connection is back.
  function loadApp(src) {
    import(src).catch(function () {
      var notice = document.createElement('p');
      notice.className = 'notice app-unavailable';
      notice.setAttribute('role', 'status');
      notice.textContent =
        'You are offline: this page can be read, but its buttons will work only once you are back online.';
      var content = document.getElementById('content');
      if (content) content.prepend(notice);
      window.addEventListener(
        'online',
        function () {
          notice.remove();
          loadApp(src);
        },
        { once: true },
      );
    });
  }
  function afterFirstPaint(callback) {
    var called = false;
    var once = function () {
      if (called) return;
      called = true;
      setTimeout(callback);
    };
    setTimeout(once, APP_LOAD_FALLBACK_MS);
    if (!window.PerformanceObserver || (PerformanceObserver.supportedEntryTypes || []).indexOf('paint') < 0) {
      requestAnimationFrame(once);
      return;
    }
    var observer = new PerformanceObserver(function (list) {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      once();
    });
    observer.observe({ type: 'paint', buffered: true });
  }
})();
