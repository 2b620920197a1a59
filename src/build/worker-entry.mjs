// Workers start as plain Node, which cannot load TypeScript, so this registers tsx before the pool's task module.
import { register } from 'tsx/esm/api';
import Tinypool from 'tinypool';

register();
const { task } = Tinypool.workerData;
/** The task module's default export; if the module cannot load, every task throws and the build does the work itself. */
export default await import(task).then(
  (module) => module.default,
  (error) => () => {
    throw new Error(`${task} did not load: ${error.message}`);
  },
);
