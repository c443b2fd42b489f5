export { type Fault, FAULT_HEADER, type FaultSpec, formatFault, MAX_FAULT_NUMBER, parseFault } from './fault.js';
export {
  type Admission,
  CHARTMOGUL_LIMITS,
  DEFAULT_RANDOM_FAULTS,
  FaultController,
  type FaultOptions,
  type FaultSource,
  type FaultStats,
} from './fault-controller.js';
export { seededRandom } from './prng.js';
export { withFaults } from './with-faults.js';
export { LoadMeter, type LoadStats, withLoadMeter } from './load-meter.js';
