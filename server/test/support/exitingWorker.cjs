// Preloaded into the language server with --require, which Node also runs in
// each worker thread: an analysis worker asked to analyse a document whose
// URI contains "exit-worker" stops at once, as a worker that crashes does.
// With PAGEWARDEN_TEST_EXITING_SHARE set, only the worker of that share does.
const { isMainThread, parentPort } = require('node:worker_threads');
const process = require('node:process');

const share = process.env.PAGEWARDEN_TEST_EXITING_SHARE;

if (!isMainThread && parentPort) {
  parentPort.on('message', (message) => {
    if (message?.kind !== 'analyse' || !message.document.includes('exit-worker')) return;
    if (share === undefined || Number(share) === message.share.index) process.exit(70);
  });
}
