// Nx target bench:seed: loads the dataset into the configured database (not cached).
import { runSeedCliMain } from '@paradigm/persistence';

runSeedCliMain('seed', 'pnpm nx run bench:seed --');
