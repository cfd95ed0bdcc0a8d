export { Rng } from './prng';
export { patternCatalog, type CatalogPattern } from './pattern-catalog';
export { generateLexemes, DEFAULT_DATASET, type DatasetParams } from './lexeme-generator';
export { datasetDir, writeDataset, readDataset, readManifest, GENERATOR_VERSION, type DatasetManifest } from './dataset-files';
export { seedDatabase } from './seed-database';
export { runSeedCli, runSeedCliMain, type SeedCommand } from './seed-cli';
export { benchTarget, benchEnvironment, describeBenchTarget, openBenchDatabase, BENCH_DATABASE_NAME, type BenchTarget } from './bench-database';
