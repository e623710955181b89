import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Vitest's order (longest first within a project), with the project that holds the longest file first.
 * Vitest runs one project's files after the other's by name, so the fault matrix (about 2 minutes, in
 * unit+contract) started after every component file and ran alone on one core at the end. A project's files
 * stay together: a worker that shares its modules (`isolate: false`) is kept only within one project.
 */
export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const longest = new Map<string, number>();
    for (const file of sorted) {
      const key = `${file.project.name}:${relative(this.ctx.config.root, file.moduleId)}`;
      const duration = this.ctx.cache.getFileTestResults(key)?.duration ?? 0;
      longest.set(file.project.name, Math.max(longest.get(file.project.name) ?? 0, duration));
    }
    const rank = (file: TestSpecification) => longest.get(file.project.name) ?? 0;
    return [...sorted].sort((a, b) => rank(b) - rank(a));
  }
}
