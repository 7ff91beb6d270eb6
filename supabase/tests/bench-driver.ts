/**
 * The benchmarks drive the API from a child process (the benchmark's own file, run with --driver): the embedded
 * stack's gateway runs in the benchmark's process, and a load sharing its event loop would slow down what it
 * measures. Browsers and Supabase's Kong are never in the gateway's process either.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Whether this process is a benchmark's driver. */
export const IS_DRIVER = process.argv.includes('--driver');

/** Runs `job` in a driver process (the module at `moduleUrl`, with --driver) and waits for its answer. */
export function runDriver<Job, Answer>(moduleUrl: string, job: Job): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(moduleUrl), ['--driver', ...process.argv.slice(2)], { execArgv: process.execArgv });
    let answer: Answer | undefined;
    child.on('message', (message) => {
      answer = message as Answer;
    });
    child.on('error', reject);
    child.on('exit', (code) => (answer !== undefined ? resolve(answer) : reject(new Error(`the driver exited with ${code} without an answer`))));
    child.send(job as object);
  });
}

/** In the driver process: runs the job the benchmark sends, answers and exits. */
export function serveDriver<Job, Answer>(drive: (job: Job) => Promise<Answer>) {
  process.once('message', (job) => {
    drive(job as Job)
      .then((answer) => process.send!(answer as object, () => process.exit(0)))
      .catch((error) => {
        console.error(error);
        process.exit(1);
      });
  });
}
