/** A page section: renders into `main`; returns what to undo when the page moves on. */
export type View = (main: HTMLElement, argument: string) => void | (() => void);
