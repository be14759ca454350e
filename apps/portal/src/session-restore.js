// Runs before the app (a small deferred script, see project.json "scripts"): on a device that was
// signed in (the session hint of AuthStore, SESSION_HINT_KEY) it starts the session restore,
// POST /api/auth/refresh, while the app's own code is still downloading. AuthStore.restore() takes
// this answer instead of asking again (the API rotates the refresh token on every use, so there is
// only ever one such request). Nothing happens for a visitor who never signed in here.
/* global window */
(function () {
  try {
    if (window.localStorage.getItem('nabij.session') !== '1') return;
    var restore = window
      .fetch('/api/auth/refresh', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/plain, */*' },
        body: '{}',
      })
      .then(function (response) {
        if (!response.ok) throw new Error('refresh refused: ' + response.status);
        return response.json();
      });
    // AuthStore handles a refusal; until it takes the promise, it must not count as unhandled.
    restore.catch(function () {});
    window.nabijSessionRestore = restore;
  } catch {
    // Storage or fetch not available: the app restores the session itself, as before.
  }
})();
