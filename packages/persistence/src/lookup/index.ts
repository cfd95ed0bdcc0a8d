export { analyseForm, type Analysis } from './analyse-form';
export { ANALYSIS, analyseFormQuery, formEqualsIgnoringCase } from './form-lookup';
export { readParadigm, type Paradigm, type ParadigmForm } from './read-paradigm';
export { generateForms, type CellForm } from './generate-forms';
export { lexiconStatus, type LexiconStatus, type RecomputeFailure } from './lexicon-status';
