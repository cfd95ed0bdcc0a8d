export type { Lexeme } from './model/lexeme';
export type { PatternSource } from './model/pattern-source';
export type { Direction, Form } from './model/form';
