// What must happen before the first paint (saved settings, so a dark-theme reader never sees a white flash), then the
// app after it; every page inlines it. Keep it in step with src/app/settings/reader-settings.ts (boot-script.test.ts).
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

  var html = document.documentElement;

  applySavedSettings();
  keepEarlyPresses();
  keepInstallOffer();
  window.addEventListener('load', function () {
    afterFirstPaint(loadApp);
  });

  /** The saved theme and text settings onto <html>, and the theme's colour onto the browser's bar. */
  function applySavedSettings() {
    var saved = null;
    try {
      // Throws when storage is disabled; the page must still render, with the defaults.
      saved = JSON.parse(window.localStorage.getItem(KEY) || 'null');
    } catch {
      saved = null;
    }
    if (typeof saved !== 'object' || saved === null) saved = {};
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
  }

  /** Keeps clicks and inputs made before the app is live for hydration to replay (Solid's inline script's job). */
  function keepEarlyPresses() {
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
  }

  /** Chromium may offer installation before the app has loaded: the offer is kept for its button. */
  function keepInstallOffer() {
    // Where the browser may offer installation, the header keeps the Install button's place from
    // the first paint (see install.css), so the offer's arrival shifts nothing.
    if ('onbeforeinstallprompt' in window && !window.matchMedia('(display-mode: standalone)').matches) {
      html.setAttribute('data-install-offers', '');
    }
    window.addEventListener('beforeinstallprompt', function (event) {
      event.preventDefault();
      window.fieldNotesInstallPrompt = event;
    });
  }

  /**
   * Loads the app's entry, preloads its hydration modules so they are not fetched one level of imports after another,
   * and adds the manifest link, which only installing needs.
   */
  function loadApp() {
    var manifest = document.querySelector('meta[name="field-notes:manifest"]');
    if (manifest) {
      var link = document.createElement('link');
      link.rel = 'manifest';
      link.href = manifest.getAttribute('content');
      document.head.appendChild(link);
    }
    var entry = document.querySelector('meta[name="field-notes:app"]');
    if (!entry) return;
    importApp(entry.getAttribute('content'));
    (entry.getAttribute('data-preload') || '').split(' ').forEach(function (href) {
      if (!href) return;
      var preload = document.createElement('link');
      preload.rel = 'modulepreload';
      preload.href = href;
      document.head.appendChild(preload);
    });
  }

  /** Imports the app; offline, says why the prerendered page's buttons do nothing and tries again once back online. */
  function importApp(src) {
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
          importApp(src);
        },
        { once: true },
      );
    });
  }

  /**
   * Runs `callback` in a task after the first contentful paint, so the app does not compete with it; a frame callback
   * is too early. A tab opened in the background paints only once shown, so a timeout loads the app anyway.
   */
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
