/** The worker-thread entry (loaded by piscina from dist/batch/worker.js). */
import { runTask, type Task, type TaskResult } from "./task.js";

export default function convert(task: Task): Promise<TaskResult> {
  return runTask(task);
}
