// Starts Kostenbaten: checks for WebGL2 first (the app draws with it), then loads the app.
import init from './kostenbaten.js';

const loading = document.getElementById('kostenbaten-loading');

function fail(message) {
  loading.textContent = message;
  loading.setAttribute('role', 'alert');
}

if (!document.createElement('canvas').getContext('webgl2')) {
  fail('Kostenbaten kan in deze browser niet starten: de app heeft WebGL2 nodig. ' +
    'Probeer een recente Firefox, Chrome, Edge of Safari, of zet hardwareversnelling aan.');
} else {
  init({ module_or_path: new URL('kostenbaten_bg.wasm', import.meta.url) }).catch((err) => {
    fail('Kostenbaten kon niet laden: ' + err);
  });
}
