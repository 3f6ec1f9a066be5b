/** The standalone start of a bench file (`npx tsx bench/<name>.bench.ts`), outside `npm run bench`. */
import { pathToFileURL } from 'node:url';

/**
 * Runs the file's `run` and prints its figures as JSON when the file was started directly; does
 * nothing when it was imported (by bench/run.ts or another bench).
 * @param url the bench file's `import.meta.url`
 * @param run its `run`
 */
export function runIfStarted(url: string, run: () => Promise<Record<string, number>>): void {
  if (url !== pathToFileURL(process.argv[1] ?? '').href) return;
  run().then(
    (figures) => console.log(JSON.stringify(figures, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
