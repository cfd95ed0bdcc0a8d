// The one module that reaches into the worker app: the queue's drain loop lives there until it moves
// into a library package; only this import changes then.
export { drainQueue, SILENT_PROGRESS } from '@paradigm/worker';
