// Nx target bench:dataset: writes the synthetic dataset files (pure, cached by Nx).
import { runSeedCliMain } from '@paradigm/persistence';

runSeedCliMain('dataset', 'pnpm nx run bench:dataset --');
