import type { Program } from '../ir/program.js';
import { Solver } from '../values/solver.js';

/**
 * One solver for every run on a program. Its answers are functions of the
 * constraints alone, cached by keys of node identities, so a run gets the
 * answers it would work out itself; and a program's entries ask many of
 * the same questions (the same service results tested alike, a routine
 * written out again under other labels, a handler's reasons sharing the
 * paths up to their dispatch): of the refutations the bench's 10,000-line
 * VxD file's 222 entries worked out, each with a solver of its own, 58% an
 * earlier entry had worked out already; of the bench ObjAsm file's, 76%.
 * The solver goes with its program.
 */
const solvers = new WeakMap<Program, Solver>();

export function programSolver(program: Program): Solver {
  let solver = solvers.get(program);
  if (!solver) {
    solver = new Solver();
    solvers.set(program, solver);
  }
  return solver;
}
