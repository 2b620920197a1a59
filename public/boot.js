// Field Notes boot: applies the reader's saved theme and text settings to <html> before first
// paint, so a dark-theme reader never sees a white flash. A classic, blocking script file (not
// inline) so a strict Content-Security-Policy needs no 'unsafe-inline'. Keep it in step with
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
})();
