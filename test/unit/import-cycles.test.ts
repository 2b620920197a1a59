import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOTS = ['src', 'bench', 'scripts'];
const SOURCE = /\.(ts|tsx|mjs|js)$/;

/** Every source file under `roots`, with the files it imports (types, re-exports and `import()` included). */
function importGraph(roots: string[]): Map<string, string[]> {
  const files = roots.flatMap((root) =>
    readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((file) => SOURCE.test(file))
      .map((file) => path.join(root, file)),
  );
  const known = new Set(files);
  return new Map(
    files.map((file) => {
      const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
      const imports = importedFiles
        .map(({ fileName }) => fileName)
        .filter((name) => name.startsWith('.'))
        .map((name) => path.join(path.dirname(file), name))
        .filter((target) => known.has(target));
      return [file, imports];
    }),
  );
}

/** Each cycle once, as the chain of files that closes it. */
function cyclesOf(graph: Map<string, string[]>): string[] {
  const done = new Set<string>();
  const cycles: string[] = [];
  const visit = (file: string, chain: string[]) => {
    if (chain.includes(file)) {
      cycles.push([...chain.slice(chain.indexOf(file)), file].join(' → '));
      return;
    }
    if (done.has(file)) return;
    for (const target of graph.get(file) ?? []) visit(target, [...chain, file]);
    done.add(file);
  };
  for (const file of graph.keys()) visit(file, []);
  return cycles;
}

describe('imports', () => {
  it('run one way: no module of src/, bench/ or scripts/ imports itself through others, not even for a type', () => {
    const graph = importGraph(ROOTS);
    expect(graph.size).toBeGreaterThan(150);
    expect(cyclesOf(graph)).toEqual([]);
  });

  it('follow the layers: data and prerender never import a route, components never a route or the sync, the server never the build', () => {
    const graph = importGraph(ROOTS);
    const rules: [from: string, forbidden: RegExp][] = [
      ['src/app/data/', /^src\/app\/(routes|prerender|components)\//],
      ['src/app/prerender/', /^src\/app\/(routes\/|components\/|App\.tsx)/],
      ['src/app/components/', /^src\/app\/(routes\/|data\/sync)/],
      ['src/shared/', /^src\/(app|build|sw)\//],
      ['scripts/static-server', /^src\/(app|build|sw)\//],
    ];
    const broken = [...graph].flatMap(([file, imports]) =>
      rules
        .filter(([from]) => file.startsWith(from))
        .flatMap(([, forbidden]) =>
          imports.filter((target) => forbidden.test(target)).map((target) => `${file} → ${target}`),
        ),
    );
    expect(broken).toEqual([]);
  });

  it('finds a cycle, so the check above can fail', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(cyclesOf(graph)).toEqual(['a.ts → b.ts → c.ts → a.ts']);
  });
});
