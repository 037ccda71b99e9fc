// The trace view's script, run inside the webview (not bundled with the
// extension, hence a string). It only tells the extension what the user did
// and shows what the extension selected: the extension owns the current step,
// because it moves the editor too.
export const TRACE_SCRIPT = `
(function () {
  const vscode = acquireVsCodeApi();
  const steps = Array.from(document.querySelectorAll('.step'));
  const position = document.getElementById('position');

  function select(step) {
    for (const element of document.querySelectorAll('.step.current')) {
      element.classList.remove('current');
      element.removeAttribute('aria-current');
    }
    const element = document.getElementById('step-' + step);
    if (!element) return;
    element.classList.add('current');
    element.setAttribute('aria-current', 'step');
    element.scrollIntoView({ block: 'nearest' });
    if (position) position.textContent = 'Step ' + (steps.indexOf(element) + 1) + ' of ' + steps.length;
    vscode.setState({ step: step });
  }

  document.body.addEventListener('click', function (event) {
    const target = event.target instanceof Element ? event.target.closest('[data-step], [data-finding], [data-move]') : null;
    if (!target) return;
    if (target.dataset.move !== undefined) vscode.postMessage({ type: 'move', delta: Number(target.dataset.move) });
    else if (target.dataset.finding !== undefined) vscode.postMessage({ type: 'revealFinding', finding: Number(target.dataset.finding) });
    else vscode.postMessage({ type: 'reveal', step: Number(target.dataset.step) });
  });

  const KEYS = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1 };
  document.addEventListener('keydown', function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || !(event.key in KEYS)) return;
    event.preventDefault();
    vscode.postMessage({ type: 'move', delta: KEYS[event.key] });
  });

  window.addEventListener('message', function (event) {
    const message = event.data;
    if (message && message.type === 'select') select(message.step);
  });

  // A view VS Code rebuilt after it was hidden comes back at the step it showed.
  const state = vscode.getState();
  const initial = state ? state.step : Number(document.body.dataset.initialStep);
  if (Number.isInteger(initial)) select(initial);
})();
`;
