export { ALLOWED, findViolations, listProjects } from './boundaries';
export type { Project, Violation } from './boundaries';
export { affectedProjects } from './affected-projects';
