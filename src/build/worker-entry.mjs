// What each build worker thread loads. Workers start as plain Node, which cannot load TypeScript,
// so this registers tsx (a dev dependency, like the build) before loading the task module the pool
// names. A module that cannot load makes every task fail, so the build does that work itself.
import { register } from 'tsx/esm/api';
import Tinypool from 'tinypool';

register();
const { task } = Tinypool.workerData;
export default await import(task).then(
  (module) => module.default,
  (error) => () => {
    throw new Error(`${task} did not load: ${error.message}`);
  },
);
