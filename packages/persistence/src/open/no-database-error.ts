/** An embedded database asked for as existing (`OpenOptions.existing`) whose folder does not exist. */
export class NoDatabaseError extends Error {
  override readonly name = 'NoDatabaseError';

  constructor(readonly dataDir: string) {
    super(
      `there is no database in ${dataDir}: the folder does not exist. Check the folder (--data-dir, PARADIGM_DATA_DIR), ` +
        'or make the lexicon there first (paradigm load, import or seed)',
    );
  }
}
