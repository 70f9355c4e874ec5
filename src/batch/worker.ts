/**
 * The worker-thread entry (loaded by piscina from dist/batch/worker.js). It
 * takes one task or a group of them (see GROUP in pool.ts) and answers in
 * kind; a group's tasks run one after another.
 */
import { runTask, type Task, type TaskResult } from "./task.js";

export default async function convert(task: Task | Task[]): Promise<TaskResult | TaskResult[]> {
  if (!Array.isArray(task)) return runTask(task);
  const results: TaskResult[] = [];
  for (const t of task) results.push(await runTask(t));
  return results;
}
