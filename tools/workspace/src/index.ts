export { ALLOWED, findViolations, listProjects } from './boundaries';
export type { Project, Violation } from './boundaries';
export { affectedProjects } from './affected-projects';
export { CIRCLE_EXCEPTIONS, findImportCircles } from './import-circles';
export type { ImportCircle } from './import-circles';
